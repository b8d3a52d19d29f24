package org.quotetrail.web;

import static org.quotetrail.web.Html.el;

import io.javalin.http.Context;
import org.quotetrail.store.ArticleSummary;
import org.quotetrail.store.BrowseFilter;
import org.quotetrail.store.ResultPage;
import org.quotetrail.web.Html.Element;

/** The list of articles, newest first, with outlet, date, main speakers and number of quotations; filterable. */
final class ArticleListPage {
  private ArticleListPage() {}

  static String render(Context ctx, BrowseFilter filter, ResultPage<ArticleSummary> found) {
    Element list = el("ol").attr("class", "articles");
    for (ArticleSummary a : found.items()) {
      list.add(item(a));
    }
    return Layout.page("Articles", Fragments.filterForm(ctx.path(), filter), list,
        Fragments.pager(ctx, found.total(), found.page().limit(), found.page().offset()));
  }

  static Element item(ArticleSummary a) {
    Element speakers = el("span").attr("class", "speakers");
    for (String name : a.mainSpeakers()) {
      speakers.add(el("a").attr("class", "speaker").attr("style", SpeakerColour.style(name))
          .attr("href", Fragments.speakerHref(name)).text(name));
    }
    return el("li").add(
        el("a").attr("class", "title").attr("href", Fragments.articleHref(a.id()))
            .text(a.title() == null ? "Untitled article" : a.title()),
        el("p").attr("class", "meta").text(Fragments.joined(a.outlet(), a.published() == null ? "undated" : a.published(),
            a.quotationCount() + (a.quotationCount() == 1 ? " quotation" : " quotations")) + " "),
        speakers);
  }
}
