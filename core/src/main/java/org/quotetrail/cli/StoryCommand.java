package org.quotetrail.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quotetrail.link.LinkReports;
import org.quotetrail.link.StoryView;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.Reply;
import org.quotetrail.store.StoreException;
import org.quotetrail.store.Store;
import org.quotetrail.store.StoryArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code story ID}: one story's articles, its quotations by canonical speaker, and its replies. */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = "Show one story: its articles, its quotations with canonical speakers and variant groups, and its replies.")
final class StoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The story's id, as `stories` lists it.")
  long id;

  @Option(names = "--format", defaultValue = "table", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  LinkFormat format;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    StoryView story;
    List<LinkedQuote> quotations;
    List<Reply> replies;
    try (Store opened = Store.openExisting(store.location)) {
      LinkReports reports = new LinkReports(opened.links());
      story = reports.story(id).orElseThrow(() -> new StoreException("store " + store.location + " has no story " + id));
      quotations = reports.quotations(id);
      replies = reports.replies(id);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == LinkFormat.json) {
      out.println(json(story, quotations, replies).toPrettyString());
    } else {
      table(story, quotations, replies, out);
    }
    out.flush();
    return 0;
  }

  private static ObjectNode json(StoryView story, List<LinkedQuote> quotations, List<Reply> replies) {
    ObjectNode node = LinkJson.story(story);
    ArrayNode quotes = node.putArray("quotations");
    quotations.forEach(q -> quotes.add(LinkJson.quotation(q)));
    ArrayNode pairs = node.putArray("replies");
    for (Reply r : replies) {
      ObjectNode pair = pairs.addObject();
      pair.put("statement", r.statementId());
      pair.put("reply", r.replyId());
    }
    return node;
  }

  private static void table(StoryView story, List<LinkedQuote> quotations, List<Reply> replies, PrintWriter out) {
    LinkTable.heading(out, "story " + story.id() + ": " + LinkTable.cut(story.title(), 90));
    for (StoryArticle a : story.articles()) {
      out.printf("  %s  %-22s %s%n", LinkTable.date(a.seenOn()), LinkTable.cut(a.outlet(), 22), LinkTable.cut(a.title(), 70));
    }
    out.println();
    Map<Long, LinkedQuote> byId = new HashMap<>();
    for (LinkedQuote q : quotations) {
      byId.put(q.quotationId(), q);
      out.printf("  [%d] %-20s %-22s %s%n", q.quotationId(), LinkTable.cut(q.speakerName(), 20),
          LinkTable.cut(q.outlet(), 22), LinkTable.cut(q.text(), 80));
    }
    if (!replies.isEmpty()) {
      out.println();
      LinkTable.heading(out, "replies");
      for (Reply r : replies) {
        LinkedQuote s = byId.get(r.statementId());
        LinkedQuote a = byId.get(r.replyId());
        out.printf("  %s: %s%n    <- %s: %s%n", s == null ? "?" : s.speakerName(), s == null ? r.statementId() : LinkTable.cut(s.text(), 90),
            a == null ? "?" : a.speakerName(), a == null ? r.replyId() : LinkTable.cut(a.text(), 90));
      }
    }
  }
}
