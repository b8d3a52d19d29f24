package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void foldsCaseApostrophesAndEndPunctuation() {
    Words words = Words.of("That’s it, — THE end.");
    assertEquals(List.of("That’s", "it,", "THE", "end."), words.written());
    assertEquals(List.of("that's", "it", "the", "end"), words.folded());
    assertTrue(words.contains("that's"));
    assertFalse(words.contains("That’s"));
  }

  @Test
  void commonSubsequenceIsTheFullTablesFirstCell() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<String> a = randomWords(random);
      List<String> b = randomWords(random);
      assertEquals(Words.commonSuffixTable(a, b)[0][0], Words.commonSubsequence(a, b), a + " / " + b);
    }
  }

  @Test
  void commonSubsequenceOfWordLists() {
    assertEquals(3, Words.commonSubsequence(List.of("we", "will", "build", "it"), List.of("we", "shall", "build", "it")));
    assertEquals(0, Words.commonSubsequence(List.of(), List.of("we")));
  }

  /** Up to 12 words from a vocabulary of 5, so that lists share words often and in many orders. */
  private static List<String> randomWords(Random random) {
    List<String> words = new ArrayList<>();
    for (int i = random.nextInt(13); i > 0; i--) {
      words.add("w" + random.nextInt(5));
    }
    return words;
  }
}
