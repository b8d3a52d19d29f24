package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.text.Span;

class QuoteMarksTest {
  @Test
  void aSpanHoldingOrBetweenMarksIsQuoteMarked() {
    String text = "He said “we won” and left.";
    assertTrue(QuoteMarks.marked(text, List.of(new Span(8, 16))));
    assertTrue(QuoteMarks.marked(text, List.of(new Span(9, 15))));
    assertTrue(QuoteMarks.contains("the ‘best’ plan"));
    assertTrue(QuoteMarks.contains("she called it 'a farce'"));
  }

  @Test
  void apostrophesAndUnmarkedSpeechAreNot() {
    String text = "Reyes’s team said the plan’s cost was fair.";
    assertFalse(QuoteMarks.marked(text, List.of(new Span(18, 42))));
    assertFalse(QuoteMarks.marked(text, List.of(new Span(0, 5))));
    assertFalse(QuoteMarks.contains("the voters' choice"));
  }
}
