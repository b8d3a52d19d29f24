package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void foldsNamesAndWordsForComparing() {
    assertEquals("owen smith's", Names.fold("Owen Smith’s"));
    assertEquals("said", Names.fold("said,"));
    assertEquals("well known", Names.fold("--Well-known!"));
    assertEquals("", Names.fold("—"));
    assertEquals("café", Names.fold("Cafe\u0301"));
  }

  @Test
  void asciiTextFoldsAsTheGeneralFoldWould() {
    Random random = new Random(11);
    String alphabet = "abcXYZ09' ,.-\"\t\n(!)";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(12); length > 0; length--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(Names.foldAnyText(text.toString()), Names.fold(text.toString()), () -> "folding \"" + text + "\"");
    }
  }

  @Test
  void findsANameAsWholeWords() {
    assertTrue(Names.mentions("Smith's claims are wrong, said Lee.", "Smith"));
    assertEquals(false, Names.mentions("Smithson said so.", "Smith"));
  }
}
