package org.quotetrail.web;

import static org.quotetrail.web.Html.el;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.QuotationFilter;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.store.BrowseFilter;
import org.quotetrail.store.FoundQuotation;
import org.quotetrail.store.StoredQuotation;
import org.quotetrail.web.Html.Element;

/** Pieces that several pages share: links, a quotation card, the filter form and the pager. */
final class Fragments {
  private Fragments() {}

  static String speakerHref(String name) {
    return "/speaker?name=" + encode(name);
  }

  static String articleHref(long id) {
    return "/articles/" + id;
  }

  /** A speaker's name in its colour, linking to the speaker's page; no name is shown as the mention, in brackets. */
  static Element speaker(Quotation q) {
    String name = q.speaker().name();
    if (name == null) {
      String mention = q.speaker().mention();
      return el("span").attr("class", "speaker unknown").text(mention == null ? "unknown speaker" : "(" + mention + ")");
    }
    return el("a").attr("class", "speaker").attr("style", SpeakerColour.style(name)).attr("href", speakerHref(name))
        .text(name);
  }

  /** A quotation with its speaker and the article it appeared in. */
  static Element quoteCard(FoundQuotation found) {
    StoredQuotation s = found.stored();
    return el("article").attr("class", "quote-card").add(
        el("blockquote").attr("style", SpeakerColour.style(s.quotation().speaker().name())).text(s.quotation().text()),
        el("p").attr("class", "meta").add(speaker(s.quotation()), Html.text(" · " + s.quotation().kind().label() + " · "),
            el("a").attr("href", articleHref(s.articleId())).text(articleLabel(s.outlet(), s.title(), s.published()))));
  }

  static String articleLabel(String outlet, String title, LocalDate published) {
    return (outlet == null ? "" : outlet + ": ") + (title == null ? "untitled" : title)
        + (published == null ? "" : " (" + published + ")");
  }

  /** The values that are not null, as text between " · ". */
  static String joined(Object... values) {
    return java.util.Arrays.stream(values).filter(java.util.Objects::nonNull).map(Object::toString)
        .collect(Collectors.joining(" · "));
  }

  /**
   * The filter form with the quotation filters as well: which kinds ("what was said" leaves out
   * beliefs and the acts the model guessed) and the least confidence. For pages that list quotations.
   */
  static Element quotationFilterForm(String action, BrowseFilter f) {
    QuotationFilter q = f.quotations();
    String kinds = q.kinds().stream().sorted().map(QuoteKind::label).collect(Collectors.joining(","));
    Element select = el("select").attr("name", "kind");
    select.add(option("", "any kind", kinds));
    select.add(option(SAID, "what was said", kinds));
    for (QuoteKind kind : QuoteKind.values()) {
      select.add(option(kind.label(), kind.label(), kinds));
    }
    Element least = el("input").attr("type", "number").attr("name", "min_confidence").attr("min", "0").attr("max", "1")
        .attr("step", "0.05").attr("value", q.minConfidence() > 0 ? Double.toString(q.minConfidence()) : null);
    return filterForm(action, f, el("label").text("Kind ").add(select), el("label").text("Least confidence ").add(least));
  }

  /** The kinds of what a source said, leaving out beliefs and stances: the value of the form's "what was said". */
  private static final String SAID = "direct,partial,indirect,mixed";

  private static Element option(String value, String label, String selected) {
    return el("option").attr("value", value).attr("selected", value.equals(selected) ? "selected" : null).text(label);
  }

  /**
   * The form that filters a list by words, outlet, speaker and dates, filled with the current filter,
   * then {@code more} fields.
   */
  static Element filterForm(String action, BrowseFilter f, Element... more) {
    Element form = el("form").attr("class", "filters").attr("action", action).attr("method", "get").add(
        field("q", "Words", "search", f.words()),
        field("outlet", "Outlet", "text", f.outlet()),
        field("speaker", "Speaker", "text", f.speaker()),
        field("from", "From", "date", f.from() == null ? null : f.from().toString()),
        field("to", "To", "date", f.to() == null ? null : f.to().toString()));
    return form.add(more).add(el("button").attr("type", "submit").text("Filter"));
  }

  private static Element field(String name, String label, String type, String value) {
    return el("label").text(label + " ").add(
        el("input").attr("type", type).attr("name", name).attr("value", value).attr("maxlength", Params.MAX_LENGTH));
  }

  /** Links to the previous and next page of a list, keeping the request's other parameters. */
  static Element pager(Context ctx, long total, int limit, long offset) {
    return pager(ctx, total, limit, offset, "newer", "older");
  }

  /** {@link #pager(Context, long, int, long)} with its own words for the previous and next page. */
  static Element pager(Context ctx, long total, int limit, long offset, String previous, String next) {
    Element nav = el("nav").attr("class", "pager").attr("aria-label", "pages");
    long last = Math.min(total, offset + limit);
    nav.add(el("span").text(total == 0 ? "nothing found" : (offset + 1) + "–" + last + " of " + total));
    if (offset > 0) {
      nav.add(el("a").attr("rel", "prev").attr("href", withOffset(ctx, Math.max(0, offset - limit))).text(previous));
    }
    if (last < total) {
      nav.add(el("a").attr("rel", "next").attr("href", withOffset(ctx, last)).text(next));
    }
    return nav;
  }

  private static String withOffset(Context ctx, long offset) {
    Map<String, String> params = new LinkedHashMap<>();
    ctx.queryParamMap().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
    params.put("offset", Long.toString(offset));
    return ctx.path() + "?" + params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
