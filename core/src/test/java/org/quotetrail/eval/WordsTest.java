package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.text.Span;

class WordsTest {
  @Test
  void wordsAreRunsOfWordCharacters() {
    String text = "Reyes’s plan, 2-to-1";
    assertEquals(List.of(new Span(0, 5), new Span(6, 7), new Span(8, 12), new Span(14, 15), new Span(16, 18), new Span(19, 20)),
        Words.in(text, new Span(0, text.length())));
  }

  @Test
  void overlapIgnoresFunctionWordsUnlessTheGoldHasNothingElse() {
    assertFalse(Words.overlap("the source", "the senator"));
    assertTrue(Words.overlap("The Senator", "senator Moss"));
    assertTrue(Words.overlap("in", "in"));
    assertTrue(Words.overlap(":", " : "));
    assertFalse(Words.overlap(":", "said"));
    assertFalse(Words.overlap("said", null));
  }
}
