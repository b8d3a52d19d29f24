package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.text.Span;

class QuotationPartsTest {
  @Test
  void aSplitQuotationRoundTrips() {
    List<Span> parts = List.of(new Span(1, 4), new Span(20, 23));
    Quotation q = new Quotation("abc xyz", 1, 23, QuoteKind.DIRECT, "said", Speaker.UNKNOWN, 0.5, "test", parts);
    assertEquals("1-4,20-23", QuotationParts.encode(q));
    assertEquals(parts, QuotationParts.decode("1-4,20-23"));
  }

  @Test
  void aContiguousQuotationKeepsNoParts() {
    Quotation q = new Quotation("abc", 1, 4, QuoteKind.DIRECT, "said", Speaker.UNKNOWN, 0.5, "test");
    assertNull(QuotationParts.encode(q));
    assertTrue(QuotationParts.decode(null).isEmpty());
  }
}
