package org.quotetrail.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrail.store.QuotationQuery;
import org.quotetrail.store.Store;
import org.quotetrail.store.StoredQuotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quotes}: prints the stored quotations, optionally only a speaker's or an outlet's, or only some kinds. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Print the stored quotations with their speaker, outlet and article title.")
final class QuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--speaker",
      paramLabel = "NAME",
      description = "Only this speaker's: the name or whole words of it, any case.")
  String speaker;

  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description = "Only this outlet's: the name or whole words of it, any case.")
  String outlet;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--width",
      defaultValue = "120",
      description = "Width of the table in characters (default: ${DEFAULT-VALUE}).")
  int width;

  @Mixin StoreOption store;

  @Mixin FilterOptions filter;

  enum Format {
    table,
    json,
    csv
  }

  @Override
  public Integer call() {
    List<StoredQuotation> quotations;
    try (Store opened = Store.openExisting(store.location)) {
      quotations = opened.quotations(new QuotationQuery(speaker, outlet, filter.filter()));
    }
    PrintWriter out = spec.commandLine().getOut();
    formatter().write(quotations, out);
    out.flush();
    return 0;
  }

  private QuotationFormat formatter() {
    return switch (format) {
      case table -> new QuotationTable(width);
      case json -> new QuotationJson();
      case csv -> new QuotationCsv();
    };
  }
}
