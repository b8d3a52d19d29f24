package org.quotetrail.web;

import static org.quotetrail.web.Html.el;

import org.quotetrail.web.Html.Element;
import org.quotetrail.web.Html.Node;

/** The frame of every page: head, navigation with the search box, and the page's own content. */
final class Layout {
  private Layout() {}

  /** The page titled {@code title} holding {@code content}. */
  static String page(String title, Node... content) {
    Element head = el("head").add(
        el("meta").attr("charset", "utf-8"),
        el("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1"),
        el("title").text(title + " · quotetrail"),
        el("link").attr("rel", "stylesheet").attr("href", "/static/quotetrail.css"));
    Element nav = el("nav").attr("class", "top").add(
        el("a").attr("href", "/").attr("class", "brand").text("quotetrail"),
        el("a").attr("href", "/").text("Stories"),
        el("a").attr("href", "/articles").text("Articles"),
        el("form").attr("action", "/search").attr("method", "get").attr("role", "search").add(
            el("label").attr("for", "search-box").attr("class", "hidden").text("Search articles and quotations"),
            el("input").attr("id", "search-box").attr("type", "search").attr("name", "q")
                .attr("placeholder", "Search articles and quotations").attr("maxlength", Params.MAX_LENGTH),
            el("button").attr("type", "submit").text("Search")));
    Element main = el("main").add(el("h1").text(title)).add(content);
    return Html.document(el("html").attr("lang", "en").add(head, el("body").add(nav, main)));
  }
}
