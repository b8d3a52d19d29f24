package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarkBaselineTest {
  @Test
  void takesEveryStretchBetweenDoubleMarks() {
    String text = "\"We are ready,\" she said, calling it “a fresh start.”";
    assertEquals(List.of("We are ready,", "a fresh start."), texts(text));
  }

  @Test
  void aQuoteOpenAtTheEndOfALineEndsThere() {
    String text = "He said: \"First we fix the roads.\n\n\"Then the bridges.\"";
    assertEquals(List.of("First we fix the roads.", "Then the bridges."), texts(text));
  }

  @Test
  void predictsNoSpeakerNorCue() {
    Prediction p = new QuoteMarkBaseline().predict(new PolnearArticle("a", "“Yes.”", List.of(), 0)).get(0);
    assertEquals("", p.speakerLabel());
    assertEquals(null, p.cue());
  }

  private static List<String> texts(String text) {
    return new QuoteMarkBaseline().predict(new PolnearArticle("a", text, List.of(), 0)).stream()
        .map(Prediction::text).toList();
  }
}
