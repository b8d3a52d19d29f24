package org.quotetrail.web;

import static org.quotetrail.web.Html.el;

import io.javalin.http.Context;
import org.quotetrail.store.BrowseFilter;
import org.quotetrail.store.ResultPage;
import org.quotetrail.store.StorySummary;
import org.quotetrail.web.Html.Element;

/** The list of stories, latest first, with outlets, dates, main speakers and number of quotations; filterable. */
final class StoryListPage {
  private StoryListPage() {}

  static String render(Context ctx, BrowseFilter filter, ResultPage<StorySummary> found) {
    Element list = el("ol").attr("class", "articles stories");
    for (StorySummary s : found.items()) {
      list.add(item(s));
    }
    return Layout.page("Stories", Fragments.filterForm(ctx.path(), filter), list,
        Fragments.pager(ctx, found.total(), found.page().limit(), found.page().offset()));
  }

  /** The story's first and last dates: "2025-03-14 to 2025-03-17", one date, or "undated". */
  static String dates(StorySummary s) {
    if (s.firstSeen() == null) {
      return "undated";
    }
    return s.firstSeen() + (s.lastSeen() == null || s.lastSeen().equals(s.firstSeen()) ? "" : " to " + s.lastSeen());
  }

  private static Element item(StorySummary s) {
    Element speakers = el("span").attr("class", "speakers");
    for (String name : s.mainSpeakers()) {
      speakers.add(el("a").attr("class", "speaker").attr("style", SpeakerColour.style(name))
          .attr("href", Fragments.speakerHref(name)).text(name));
    }
    return el("li").add(
        el("a").attr("class", "title").attr("href", "/stories/" + s.id()).text(s.title() == null ? "Untitled story" : s.title()),
        el("p").attr("class", "meta").text(Fragments.joined(dates(s), s.articleCount() + " articles",
            s.quotationCount() + " quotations", s.outlets().isEmpty() ? null : String.join(", ", s.outlets()))),
        speakers);
  }
}
