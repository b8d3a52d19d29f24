package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordDiffTest {
  @Test
  void marksRemovedAndAddedWords() {
    assertEquals("We [-will-] {+are going to+} build the bridge.",
        WordDiff.diff("We will build the bridge.", "We are going to build the bridge."));
  }

  @Test
  void identicalWordingsHaveNoMarks() {
    assertEquals("It’s fine", WordDiff.diff("It's fine", "It’s fine"));
  }

  @Test
  void aShorteningShowsWhatItLeftOut() {
    assertEquals("Nobody will move. [-Every plot stays.-]", WordDiff.diff("Nobody will move. Every plot stays.", "Nobody will move."));
  }
}
