package org.quotetrail.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotetrail.json.ArticleJson;
import org.quotetrail.link.LinkReports;
import org.quotetrail.link.StoryView;
import org.quotetrail.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stories}: lists the stories the stored articles form, with their articles and speakers. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "List the stories of the store: articles that report one event, earliest first.")
final class StoriesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  LinkFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    List<StoryView> stories;
    try (Store opened = Store.openExisting(store.location)) {
      stories = new LinkReports(opened.links()).stories();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == LinkFormat.json) {
      ArrayNode array = ArticleJson.MAPPER.createArrayNode();
      stories.forEach(s -> array.add(LinkJson.story(s)));
      out.println(array.toPrettyString());
    } else {
      for (StoryView s : stories) {
        out.printf("%5d  %s  %2d articles  %s%n", s.id(), LinkTable.date(s.firstSeen()), s.articles().size(), LinkTable.cut(s.title(), 70));
        out.printf("       speakers: %s%n", LinkTable.cut(String.join(", ", s.speakers()), 100));
      }
    }
    out.flush();
    return 0;
  }
}
