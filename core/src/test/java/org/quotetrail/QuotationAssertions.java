package org.quotetrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.QuoteKind;

/** Invariants every extraction must keep, checked by every test that extracts. */
public final class QuotationAssertions {
  private QuotationAssertions() {}

  public static void assertWellFormed(ExtractedArticle article) {
    List<Quotation> quotes = article.quotes();
    int previousEnd = -1;
    boolean inBody = false;
    for (Quotation q : quotes) {
      // The headline's quotations come first and index the title; then the body's.
      assertTrue(!q.inTitle() || !inBody, () -> "a headline quotation after the body's: " + q);
      if (!q.inTitle() && !inBody) {
        inBody = true;
        previousEnd = -1;
      }
      String body = q.inTitle() ? article.title() : article.body();
      assertTrue(q.end() <= body.length(), () -> "quotation ends past its text: " + q);
      StringBuilder joined = new StringBuilder();
      for (var part : q.parts()) {
        joined.append(joined.length() == 0 ? "" : " ").append(body, part.begin(), part.end());
      }
      assertEquals(joined.toString(), q.text(), "text must equal the body's words at its parts");
      if (!q.split()) {
        assertEquals(body.substring(q.begin(), q.end()), q.text(), "text must equal body[begin, end)");
      }
      assertFalse(q.text().isBlank(), "blank quotation");
      assertFalse(Character.isWhitespace(q.text().charAt(0)) || Character.isWhitespace(q.text().charAt(q.text().length() - 1)),
          () -> "quotation not trimmed: '" + q.text() + "'");
      if (q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.PARTIAL) {
        assertFalse(isMark(q.text().charAt(0)), () -> "quotation keeps its opening mark: " + q.text());
      }
      assertTrue(q.begin() >= previousEnd, () -> "quotations overlap or go backwards at " + q.begin());
      previousEnd = q.end();
      assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
      assertTrue(q.evidence() != null && !q.evidence().isBlank(), "every quotation carries its evidence");
    }
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d';
  }
}
