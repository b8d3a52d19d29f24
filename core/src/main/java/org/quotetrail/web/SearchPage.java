package org.quotetrail.web;

import static org.quotetrail.web.Html.el;

import io.javalin.http.Context;
import org.quotetrail.store.ArticleSummary;
import org.quotetrail.store.BrowseFilter;
import org.quotetrail.store.FoundQuotation;
import org.quotetrail.store.ResultPage;
import org.quotetrail.web.Html.Element;

/** Full-text search results: the articles whose body holds the words, and the quotations that hold them. */
final class SearchPage {
  private SearchPage() {}

  static String render(Context ctx, BrowseFilter filter, ResultPage<ArticleSummary> articles,
      ResultPage<FoundQuotation> quotes) {
    Element articleList = el("ol").attr("class", "articles");
    articles.items().forEach(a -> articleList.add(ArticleListPage.item(a)));
    Element quoteList = el("div").attr("class", "quotes");
    quotes.items().forEach(q -> quoteList.add(Fragments.quoteCard(q)));
    String title = filter.words() == null ? "Search" : "Search: " + filter.words();
    return Layout.page(title, Fragments.quotationFilterForm("/search", filter),
        el("section").add(el("h2").text("Quotations (" + quotes.total() + ")"), quoteList),
        el("section").add(el("h2").text("Articles (" + articles.total() + ")"), articleList),
        Fragments.pager(ctx, Math.max(articles.total(), quotes.total()), articles.page().limit(),
            articles.page().offset()));
  }
}
