package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void foldsCaseSpacingAndPunctuationBetweenWords() {
    assertEquals(" jean luc o'neill ", NameKey.of("Jean-Luc  O’Neill"));
  }

  @Test
  void foldsNonAsciiLetters() {
    assertEquals(" ólafur ärnason ", NameKey.of("ÓLAFUR Ärnason"));
  }

  @Test
  void hasNoKeyWithoutLettersOrDigits() {
    assertNull(NameKey.of(null));
    assertNull(NameKey.of(" %_ "));
  }

  @Test
  void likePatternFindsWholeWordsOnly() {
    assertEquals("% smith %", NameKey.likePattern("SMITH"));
    assertEquals("% owen smith %", NameKey.likePattern(" Owen   Smith"));
    assertNull(NameKey.likePattern("%"));
  }
}
