package org.quotetrail.web;

import static org.quotetrail.web.Html.el;

import java.util.List;
import org.quotetrail.store.FoundQuotation;
import org.quotetrail.store.StoredQuotation;
import org.quotetrail.web.Html.Element;

/**
 * A speaker's page: every statement, newest first, its wordings collapsed under the first report;
 * opening a statement shows each other wording beside the first, the words that differ highlighted.
 */
final class SpeakerPage {
  private SpeakerPage() {}

  static String render(SpeakerStatements found) {
    Element list = el("ol").attr("class", "statements");
    found.statements().forEach(s -> list.add(statement(s)));
    Element intro = el("p").attr("class", "meta").text(found.quotationCount() + " quotations, "
        + found.statements().size() + " statements"
        + (found.truncated() ? " among the newest " + SpeakerStatements.WINDOW + " quotations" : ""));
    return Layout.page(found.name(), intro, list);
  }

  private static Element statement(SpeakerStatements.Statement s) {
    StoredQuotation first = s.first().stored();
    Element item = el("li").attr("class", "statement").add(
        el("blockquote").attr("style", SpeakerColour.style(first.quotation().speaker().name()))
            .text(first.quotation().text()),
        el("p").attr("class", "meta").add(Html.text("first reported by "),
            el("a").attr("href", Fragments.articleHref(first.articleId()))
                .text(Fragments.articleLabel(first.outlet(), first.title(), first.published()))));
    if (s.reports().size() > 1) {
      item.add(variants(first, s.reports()));
    }
    return item;
  }

  /** The other reports, collapsed, each beside the first wording with the differing words marked. */
  private static Element variants(StoredQuotation first, List<FoundQuotation> reports) {
    Element details = el("details").attr("class", "variants")
        .add(el("summary").text((reports.size() - 1) + " more report" + (reports.size() > 2 ? "s" : "")));
    for (FoundQuotation report : reports) {
      StoredQuotation other = report.stored();
      if (other == first) {
        continue;
      }
      WordDiff diff = WordDiff.of(first.quotation().text(), other.quotation().text());
      details.add(el("div").attr("class", "variant-pair").add(
          side(diff.left(), Fragments.joined(first.outlet(), first.published()), "removed"),
          side(diff.right(), Fragments.joined(other.outlet(), other.published()), "added"),
          el("p").attr("class", "meta").add(el("a").attr("href", Fragments.articleHref(other.articleId()))
              .text(diff.differs() ? "read the article" : "same words; read the article"))));
    }
    return details;
  }

  /** One wording, its differing words wrapped in {@code del} or {@code ins}. */
  static Element side(List<WordDiff.Word> words, String label, String change) {
    Element quote = el("blockquote").attr("class", "variant");
    for (WordDiff.Word w : words) {
      quote.add(w.changed()
          ? el(change.equals("added") ? "ins" : "del").attr("class", "diff-" + change).text(w.text())
          : Html.text(w.text()));
      quote.text(" ");
    }
    return el("figure").add(el("figcaption").text(label), quote);
  }
}
