package org.quotetrail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
  @Test
  void marksTheWordsEachWordingLacks() {
    WordDiff diff = WordDiff.of("we have put that in writing,", "we\u2019ve put that in writing.");
    assertEquals(List.of("we", "have"), changed(diff.left()));
    assertEquals(List.of("we\u2019ve"), changed(diff.right()));
  }

  @Test
  void caseAndPunctuationAreNotDifferences() {
    assertFalse(WordDiff.of("Nobody is going, he said.", "nobody is going he said").differs());
  }

  private static List<String> changed(List<WordDiff.Word> words) {
    return words.stream().filter(WordDiff.Word::changed).map(WordDiff.Word::text).toList();
  }

  @Test
  void foldingKeepsLettersNumbersAndApostrophesOnly() {
    assertEquals("we've", WordDiff.fold("“We’ve,"));
    assertEquals("xii122", WordDiff.fold("Ⅻ½-2!"));  // NFKC: XII, 1⁄2
    assertEquals("élan", WordDiff.fold("(Élan)"));
    assertEquals("", WordDiff.fold("—"));
    assertEquals("don't", WordDiff.fold("\"Don't!\""));
    assertEquals("a1", WordDiff.fold("(A-1)"));
    assertEquals("", WordDiff.fold("..."));
  }
}
