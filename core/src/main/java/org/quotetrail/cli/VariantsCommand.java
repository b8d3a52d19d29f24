package org.quotetrail.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrail.json.ArticleJson;
import org.quotetrail.link.LinkReports;
import org.quotetrail.link.VariantGroupView;
import org.quotetrail.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code variants}: statements reported in several wordings or by several articles, with word diffs and provenance. */
@Command(
    name = "variants",
    mixinStandardHelpOptions = true,
    description = {
      "List statements quoted more than once: the canonical wording, each wording with its outlet, the",
      "outlet it credits and a word diff ([-removed-] {+added+}), and the outlet that reported it first."
    })
final class VariantsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only this speaker's: the name, an alias or whole words of them, any case.")
  String speaker;

  @Option(names = "--format", defaultValue = "table", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  LinkFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    List<VariantGroupView> groups;
    try (Store opened = Store.openExisting(store.location)) {
      groups = new LinkReports(opened.links()).variants(speaker);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == LinkFormat.json) {
      ArrayNode array = ArticleJson.MAPPER.createArrayNode();
      groups.forEach(g -> array.add(LinkJson.variants(g)));
      out.println(array.toPrettyString());
    } else {
      for (VariantGroupView g : groups) {
        LinkTable.heading(out, g.speaker() + ", first reported by " + g.firstReportedBy());
        out.println("  canonical: " + g.canonical());
        for (VariantGroupView.Variant v : g.variants()) {
          String credit = v.creditedTo() == null ? "" : " (credits " + v.creditedTo() + ")";
          out.println("  " + (v.outlet() == null ? v.source() : v.outlet()) + credit + ":");
          out.println("    " + v.diff());
        }
        out.println();
      }
    }
    out.flush();
    return 0;
  }
}
