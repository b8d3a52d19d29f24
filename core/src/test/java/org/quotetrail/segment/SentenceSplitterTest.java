package org.quotetrail.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.text.Span;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    return SentenceSplitter.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void splitsAtStopsBeforeCapitals() {
    assertEquals(List.of("It rained.", "We stayed in."), split("It rained. We stayed in."));
  }

  @Test
  void keepsAbbreviationsAndInitialsTogether() {
    assertEquals(List.of("Mr. Smith met Sen. Warren in the U.S. capital.", "Then John F. Kennedy spoke."),
        split("Mr. Smith met Sen. Warren in the U.S. capital. Then John F. Kennedy spoke."));
  }

  @Test
  void aQuoteEndingInAStopFollowedByItsAttributionIsOneSentence() {
    assertEquals(List.of("\"Will it work?\" he asked.", "\"Yes.\""), split("\"Will it work?\" he asked. \"Yes.\""));
  }
}
