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
    assertEquals(1, Words.of("THAT'S").sharedAtMost(words));
    assertEquals(0, Words.of("this").sharedAtMost(words));
  }

  @Test
  void foldingInPlaceGivesTheWordsAndHashCodesOfFoldingEachPiece() {
    Random random = new Random(11);
    String alphabet = "abcXYZ09'’-,. \t\n\u00e9\u2003";
    for (int n = 0; n < 5000; n++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(40); text.length() < length; ) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<String> expected = new ArrayList<>();
      for (String piece : text.toString().strip().split("\\s+")) {
        String folded = Names.fold(piece);
        if (!folded.isEmpty()) {
          expected.add(folded);
        }
      }
      Words words = Words.of(text.toString());
      assertEquals(expected, words.folded(), text.toString());
      // The same words through the general fold (a no-break space makes a piece non-ASCII): their hash codes agree too.
      assertTrue(words.sameWords(Words.of(text.toString().replace(" ", "\u00a0 "))), text.toString());
    }
  }

  @Test
  void wordsWithOneHashCodeAreStillTwoWords() {
    assertEquals("agunbzo".hashCode(), "fbvcass".hashCode());
    Words a = Words.of("agunbzo Agunbzo");
    Words b = Words.of("fbvcass fbvcass");
    assertEquals(2, a.sharedAtMost(b), "the bound may count a word the other lacks");
    assertFalse(a.sameWord(0, b, 0));
    assertFalse(a.sameWords(b));
    assertEquals(0, Words.longestRun(a, b));
    assertEquals(0, Words.commonSubsequence(a, b));
    assertTrue(a.sameWords(Words.of("AGUNBZO, agunbzo.")));
  }

  @Test
  void commonSubsequenceIsTheFullTablesFirstCell() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<String> a = randomWords(random);
      List<String> b = randomWords(random);
      assertEquals(Words.commonSuffixTable(a, b)[0][0], Words.commonSubsequence(words(a), words(b)), a + " / " + b);
    }
  }

  @Test
  void commonSubsequenceOfWordLists() {
    assertEquals(3, Words.commonSubsequence(Words.of("We will build it."), Words.of("we shall build it")));
    assertEquals(0, Words.commonSubsequence(Words.of(""), Words.of("we")));
  }

  @Test
  void longestRunOfWords() {
    assertEquals(2, Words.longestRun(Words.of("we will build it"), Words.of("we shall build it now")));
    assertEquals(0, Words.longestRun(Words.of("—"), Words.of("we")));
  }

  private static Words words(List<String> list) {
    return Words.of(String.join(" ", list));
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
