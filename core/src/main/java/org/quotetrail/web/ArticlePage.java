package org.quotetrail.web;

import static org.quotetrail.web.Html.el;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotetrail.model.Quotation;
import org.quotetrail.store.ArticleDetail;
import org.quotetrail.text.Span;
import org.quotetrail.web.Html.Element;
import org.quotetrail.web.Html.Node;

/**
 * An article's page: its metadata and body, each quotation highlighted in its speaker's colour.
 * A highlighted quotation is focusable; hovering or focusing it shows its speaker, cue, kind,
 * confidence and evidence (also its title, and its description for screen readers).
 */
final class ArticlePage {
  private ArticlePage() {}

  static String render(ArticleDetail a) {
    Element meta = el("p").attr("class", "meta").text(Fragments.joined(a.outlet(), a.published(), a.byline()));
    Element source = el("p").attr("class", "source").text("Source: " + a.source());
    if (a.url() != null && (a.url().startsWith("https://") || a.url().startsWith("http://"))) {
      source.text(" · ").add(el("a").attr("href", a.url()).attr("rel", "noopener noreferrer nofollow").text(a.url()));
    }
    return Layout.page(a.title() == null ? "Untitled article" : a.title(), meta, source, legend(a), headline(a),
        el("div").attr("class", "article-body").addAll(body(a)));
  }

  /** The speakers quoted, each in its colour, with how many quotations. */
  private static Element legend(ArticleDetail a) {
    Map<String, Quotation> bySpeaker = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ArticleDetail.Quote q : a.quotations()) {
      String key = q.quotation().speaker().name() == null ? "?" : q.quotation().speaker().name();
      bySpeaker.putIfAbsent(key, q.quotation());
      counts.merge(key, 1, Integer::sum);
    }
    Element list = el("ul").attr("class", "legend").attr("aria-label", "speakers quoted");
    bySpeaker.forEach((key, q) -> list.add(el("li").add(Fragments.speaker(q), Html.text(" " + counts.get(key)))));
    return list;
  }

  /**
   * The headline's quotations ("Lee: bridge will reopen"), highlighted like the body's, in a line
   * of their own under the page's heading; their offsets index the title, not the body. Nothing
   * when the headline holds none.
   */
  static Node headline(ArticleDetail a) {
    Element line = el("p").attr("class", "headline-quotes").text("In the headline: ");
    boolean any = false;
    for (ArticleDetail.Quote q : a.quotations()) {
      Quotation quote = q.quotation();
      if (quote.inTitle() && a.title() != null && quote.end() <= a.title().length()) {
        line.add(highlight(q, 0, a.title().substring(quote.begin(), quote.end())));
        any = true;
      }
    }
    return any ? line : Html.text("");
  }

  /** The body as text, with a highlight for each part of each body quotation that does not overlap an earlier one. */
  static List<Node> body(ArticleDetail a) {
    String body = a.body();
    List<Node> nodes = new ArrayList<>();
    int at = 0;
    for (ArticleDetail.Quote q : a.quotations()) {
      Quotation quote = q.quotation();
      if (quote.inTitle() || quote.begin() < at || quote.end() > body.length()) {
        continue;
      }
      for (int i = 0; i < quote.parts().size(); i++) {
        Span part = quote.parts().get(i);
        nodes.add(Html.text(body.substring(at, part.begin())));
        nodes.add(highlight(q, i, body.substring(part.begin(), part.end())));
        at = part.end();
      }
    }
    nodes.add(Html.text(body.substring(at)));
    return nodes;
  }

  /**
   * Part {@code part} of a quotation, marked, holding its details (hidden until hovered or focused);
   * the first part's id is the quotation's, {@code q<id>}, and its details' id is what every part's
   * {@code aria-describedby} names.
   */
  private static Element highlight(ArticleDetail.Quote q, int part, String text) {
    Quotation quote = q.quotation();
    return el("mark").attr("class", "quote").attr("tabindex", "0").attr("id", "q" + q.id() + (part == 0 ? "" : "-" + part))
        .attr("style", SpeakerColour.style(quote.speaker().name()))
        .attr("data-speaker", quote.speaker().name())
        .attr("title", summary(quote))
        .attr("aria-describedby", "q" + q.id() + "-info").text(text).add(details(q, part == 0));
  }

  private static Element details(ArticleDetail.Quote q, boolean first) {
    Quotation quote = q.quotation();
    return el("span").attr("class", "quote-info").attr("role", "tooltip").attr("id", first ? "q" + q.id() + "-info" : null).add(
        el("b").text(speakerName(quote)),
        Html.text(" · " + quote.kind().label() + (quote.cue() == null ? "" : " · cue: " + quote.cue())
            + " · confidence " + String.format("%.2f", quote.confidence())),
        el("br"),
        Html.text("evidence: " + (quote.evidence() == null ? "none" : quote.evidence())));
  }

  private static String summary(Quotation q) {
    return speakerName(q) + " · " + q.kind().label() + (q.cue() == null ? "" : " · cue: " + q.cue())
        + " · confidence " + String.format("%.2f", q.confidence())
        + (q.evidence() == null ? "" : " · evidence: " + q.evidence());
  }

  private static String speakerName(Quotation q) {
    if (q.speaker().name() != null) {
      return q.speaker().name();
    }
    return q.speaker().mention() == null ? "unknown speaker" : "(" + q.speaker().mention() + ")";
  }
}
