package org.quotetrail.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.quotetrail.model.QuotationFilter;
import org.quotetrail.model.QuoteKind;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --kind} and {@code --min-confidence} options of the commands that print quotations. */
final class FilterOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(
      names = "--kind",
      split = ",",
      paramLabel = "KIND",
      description = {
        "Only quotations of these kinds (repeat the option or separate by commas): direct, partial, indirect,",
        "mixed, belief, stance. Default: all. 'direct,partial,indirect,mixed' leaves out beliefs and the acts",
        "and stances the learned cue model found."
      })
  List<String> kinds = new ArrayList<>();

  @Option(
      names = "--min-confidence",
      paramLabel = "P",
      defaultValue = "0",
      description = "Only quotations whose confidence is at least P, 0 to 1 (default: ${DEFAULT-VALUE}: all).")
  double minConfidence;

  /** The filter the options ask for; a kind that does not exist or a confidence outside 0..1 is refused. */
  QuotationFilter filter() {
    List<QuoteKind> parsed = new ArrayList<>();
    for (String kind : kinds) {
      try {
        parsed.add(QuoteKind.fromLabel(kind.strip()));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--kind: no kind '" + kind + "'; the kinds are " + labels());
      }
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new ParameterException(spec.commandLine(), "--min-confidence: " + minConfidence + " is not within 0 to 1");
    }
    return new QuotationFilter(Set.copyOf(parsed), minConfidence);
  }

  private static String labels() {
    return Arrays.stream(QuoteKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }
}
