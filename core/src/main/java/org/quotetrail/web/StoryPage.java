package org.quotetrail.web;

import static org.quotetrail.web.Html.el;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import io.javalin.http.Context;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.PageRequest;
import org.quotetrail.store.StoryArticle;
import org.quotetrail.store.StorySummary;
import org.quotetrail.web.Html.Element;

/**
 * A story's page: its articles by outlet on a timeline, its quotations by speaker, the statements
 * reported in several wordings side by side with the differing words marked (who reported first,
 * whom each report credits), and statements paired with the replies they drew.
 */
final class StoryPage {
  /** The most other wordings of a statement a page shows. */
  static final int MAX_WORDINGS = 5;

  private StoryPage() {}

  static String render(Context ctx, StoryData story) {
    StorySummary s = story.summary();
    PageRequest page = story.page();
    return Layout.page(s.title() == null ? "Untitled story" : s.title(),
        el("p").attr("class", "meta").text(Fragments.joined(StoryListPage.dates(s),
            s.articleCount() + " articles", s.quotationCount() + " quotations", String.join(", ", s.outlets()))),
        el("h2").text("Timeline"), timeline(story.articles(), page.offset() == 0),
        Fragments.pager(ctx, s.articleCount(), page.limit(), page.offset(), "earlier articles", "later articles"),
        el("h2").text("Statements in several reports"), variants(story),
        el("h2").text("Replies"), replies(story),
        el("h2").text("Quotations by speaker"), truncation(story), bySpeaker(story.quotations()));
  }

  /** A note when a page's articles hold more quotations than it shows, else nothing. */
  private static Html.Node truncation(StoryData story) {
    return story.quotationsTruncated()
        ? el("p").attr("class", "meta").text("The first " + StoryData.MAX_QUOTATIONS + " quotations of these articles.")
        : Html.text("");
  }

  /**
   * A table: one row per outlet, one column per date, each article in its cell; the first article
   * marked as the first report when {@code fromStart} (the page starts with the story's first).
   */
  static Element timeline(List<StoryArticle> articles, boolean fromStart) {
    TreeSet<LocalDate> dates = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
    Map<String, List<StoryArticle>> byOutlet = new LinkedHashMap<>();
    for (StoryArticle a : articles) {
      dates.add(a.seenOn());
      byOutlet.computeIfAbsent(a.outlet() == null ? "unknown outlet" : a.outlet(), k -> new ArrayList<>()).add(a);
    }
    Element head = el("tr").add(el("th").attr("scope", "col").text("Outlet"));
    dates.forEach(d -> head.add(el("th").attr("scope", "col").text(d == null ? "undated" : d.toString())));
    Element table = el("table").attr("class", "timeline").add(el("thead").add(head));
    Element body = el("tbody");
    StoryArticle first = articles.isEmpty() || !fromStart ? null : articles.get(0);
    byOutlet.forEach((outlet, list) -> {
      Element row = el("tr").add(el("th").attr("scope", "row").text(outlet));
      for (LocalDate d : dates) {
        Element cell = el("td");
        list.stream().filter(a -> Objects.equals(a.seenOn(), d)).forEach(a -> cell.add(
            el("a").attr("href", Fragments.articleHref(a.articleId())).attr("class", a == first ? "first" : null)
                .text(a.title() == null ? "untitled" : a.title()),
            a == first ? el("span").attr("class", "badge").text("first report") : Html.text("")));
        row.add(cell);
      }
      body.add(row);
    });
    return table.add(body);
  }

  /** The most reported statements first (the story's data holds at most {@link StoryData#MAX_STATEMENTS}), with a note on the rest. */
  private static Element variants(StoryData story) {
    Element list = el("ol").attr("class", "statements");
    story.groups().stream()
        .sorted(Comparator.comparingInt(StoryData.Group::reportCount).reversed())
        .forEach(group -> list.add(statement(group)));
    if (story.statementCount() > story.groups().size()) {
      list.add(el("li").attr("class", "meta").text("The " + story.groups().size() + " most reported of "
          + story.statementCount() + " statements in these articles: fewer articles a page (limit) show the others."));
    }
    return list;
  }

  /**
   * A statement: its canonical wording, then each other wording (at most {@link #MAX_WORDINGS})
   * beside it with the differing words marked, labelled with its first reporter; reports word for
   * word the same are counted, not repeated.
   */
  private static Element statement(StoryData.Group group) {
    LinkedQuote canonical = group.canonical();
    Element item = el("li").attr("class", "statement").add(
        el("blockquote").attr("style", SpeakerColour.style(canonical.speakerName())).text(canonical.text()),
        el("p").attr("class", "meta").add(speakerLink(canonical.speakerName()),
            Html.text(" · first reported by " + reporter(group.members().get(0)) + " · " + group.reportCount() + " reports")));
    Map<String, List<LinkedQuote>> wordings = new LinkedHashMap<>();
    group.members().stream().filter(q -> !q.text().equals(canonical.text()))
        .forEach(q -> wordings.computeIfAbsent(q.text(), k -> new ArrayList<>()).add(q));
    wordings.values().stream().limit(MAX_WORDINGS).forEach(reports -> {
      LinkedQuote q = reports.get(0);
      WordDiff diff = WordDiff.of(canonical.text(), q.text());
      String label = reporter(q) + (q.creditedTo() == null ? "" : ", crediting " + q.creditedTo())
          + (reports.size() > 1 ? " and " + (reports.size() - 1) + " more" : "");
      item.add(el("div").attr("class", "variant-pair").add(
          SpeakerPage.side(diff.left(), reporter(canonical), "removed"), SpeakerPage.side(diff.right(), label, "added")));
    });
    if (wordings.size() > MAX_WORDINGS) {
      item.add(el("p").attr("class", "meta").text((wordings.size() - MAX_WORDINGS) + " more wordings"));
    }
    return item;
  }

  private static Element replies(StoryData story) {
    Element list = el("ol").attr("class", "replies");
    for (StoryData.Exchange e : story.replies()) {
      list.add(el("li").attr("class", "reply-pair").add(quote(e.statement()), el("p").attr("class", "arrow").text("replied:"),
          quote(e.reply())));
    }
    return list;
  }

  private static Element bySpeaker(List<LinkedQuote> quotes) {
    Map<String, List<LinkedQuote>> groups = new LinkedHashMap<>();
    quotes.forEach(q -> groups.computeIfAbsent(q.speakerName() == null ? "unknown speaker" : q.speakerName(),
        k -> new ArrayList<>()).add(q));
    Element sections = el("div").attr("class", "by-speaker");
    groups.forEach((name, list) -> {
      Element items = el("ul");
      list.forEach(q -> items.add(el("li").add(quote(q))));
      sections.add(el("section").add(el("h3").add(speakerLink(name.equals("unknown speaker") ? null : name)), items));
    });
    return sections;
  }

  private static Element quote(LinkedQuote q) {
    return el("div").attr("class", "quote-card").add(
        el("blockquote").attr("style", SpeakerColour.style(q.speakerName())).text(q.text()),
        el("p").attr("class", "meta").add(speakerLink(q.speakerName()), Html.text(" · "),
            el("a").attr("href", Fragments.articleHref(q.articleId()) + "#q" + q.quotationId()).text(reporter(q))));
  }

  private static Element speakerLink(String name) {
    return name == null ? el("span").attr("class", "speaker unknown").text("unknown speaker")
        : el("a").attr("class", "speaker").attr("style", SpeakerColour.style(name)).attr("href", Fragments.speakerHref(name))
            .text(name);
  }

  /** Who reported {@code q}, and when: the outlet (else the source) and the date. */
  static String reporter(LinkedQuote q) {
    return Fragments.joined(q.outlet() != null ? q.outlet() : q.source(), q.seenOn());
  }
}
