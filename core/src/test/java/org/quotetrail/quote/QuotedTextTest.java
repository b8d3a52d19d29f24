package org.quotetrail.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.text.Span;

class QuotedTextTest {
  private static MarkedQuote quote(int begin, int end) {
    return new MarkedQuote(new Span(begin + 1, end - 1), new Span(begin, end), 0, 0, false);
  }

  @Test
  void offsetsInsideAnyQuoteAreQuotedWhateverTheOrder() {
    QuotedText quoted = new QuotedText(List.of(quote(50, 60), quote(10, 20)));
    assertTrue(quoted.contains(10));
    assertTrue(quoted.contains(19));
    assertFalse(quoted.contains(20));
    assertFalse(quoted.contains(30));
    assertTrue(quoted.contains(55));
    assertFalse(quoted.contains(5));
  }

  @Test
  void aQuoteInsideALongerOneDoesNotHideTheRest() {
    QuotedText quoted = new QuotedText(List.of(quote(0, 100), quote(10, 20)));
    assertTrue(quoted.contains(50), "after the inner quote, still inside the outer");
  }

  @Test
  void noQuotesNothingQuoted() {
    assertFalse(new QuotedText(List.of()).contains(0));
  }
}
