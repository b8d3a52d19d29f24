package org.quotetrail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.QuotePlace;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.store.ArticleDetail;
import org.quotetrail.text.Span;

/** The article page's highlights: body quotations in the body, headline quotations under the heading. */
class ArticlePageTest {
  private static final Pattern MARK = Pattern.compile("<mark[^>]*>([^<]*)<span");

  @Test
  void aHeadlineQuotationIsHighlightedFromTheTitleNotTheBody() {
    String title = "Brink: bridge will reopen";
    String body = "\"We are nearly there,\" Ada Brink said. The bridge closed in March.";
    Speaker brink = new Speaker("Ada Brink", SpeakerType.PERSON, "Brink", null);
    Quotation headline = new Quotation("bridge will reopen", 7, 25, QuoteKind.INDIRECT, ":", brink, 0.8, "headline",
        List.of(new Span(7, 25)), QuotePlace.TITLE);
    Quotation said = new Quotation("We are nearly there,", 1, 21, QuoteKind.DIRECT, "said", brink, 0.95, "cue");
    ArticleDetail a = new ArticleDetail(1, "a.txt", null, null, title, null, null, body,
        List.of(new ArticleDetail.Quote(10, 0, headline), new ArticleDetail.Quote(11, 1, said)));
    String page = ArticlePage.render(a);
    Matcher m = MARK.matcher(page);
    StringBuilder marked = new StringBuilder();
    while (m.find()) {
      marked.append('[').append(m.group(1)).append(']');
    }
    // In body offsets 7..25 would be "nearly there,\" Ada": the headline's words are marked instead.
    assertEquals("[bridge will reopen][We are nearly there,]", marked.toString());
    assertTrue(page.indexOf("headline-quotes") < page.indexOf("article-body"), "the headline's quotations come first");
  }
}
