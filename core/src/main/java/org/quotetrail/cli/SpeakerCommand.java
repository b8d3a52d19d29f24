package org.quotetrail.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quotetrail.json.ArticleJson;
import org.quotetrail.link.LinkReports;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.SpeakerRecord;
import org.quotetrail.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code speaker NAME}: the canonical speakers a name or alias finds, with their aliases and quotations. */
@Command(
    name = "speaker",
    mixinStandardHelpOptions = true,
    description = "Show the canonical speakers whose name or an alias holds NAME's words: aliases and quotations across stories.")
final class SpeakerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "A name, or whole words of it, any case.")
  String name;

  @Option(names = "--format", defaultValue = "table", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  LinkFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    Map<SpeakerRecord, List<LinkedQuote>> found = new LinkedHashMap<>();
    try (Store opened = Store.openExisting(store.location)) {
      LinkReports reports = new LinkReports(opened.links());
      reports.speakers(name).forEach(s -> found.put(s, reports.quotationsOf(s.id())));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == LinkFormat.json) {
      ArrayNode array = ArticleJson.MAPPER.createArrayNode();
      found.forEach((s, quotes) -> array.add(LinkJson.speaker(s, quotes)));
      out.println(array.toPrettyString());
    } else {
      found.forEach((s, quotes) -> {
        LinkTable.heading(out, s.name() + " (" + s.type() + ", speaker " + s.id() + ")");
        out.println("  also: " + String.join(", ", s.aliases()));
        for (LinkedQuote q : quotes) {
          out.printf("  %s  story %-4d %-22s %s%n", LinkTable.date(q.seenOn()), q.storyId(), LinkTable.cut(q.outlet(), 22),
              LinkTable.cut(q.text(), 80));
        }
        out.println();
      });
    }
    out.flush();
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("quotetrail speaker: no speaker's name or alias holds the words of " + name);
      return 1;
    }
    return 0;
  }
}
