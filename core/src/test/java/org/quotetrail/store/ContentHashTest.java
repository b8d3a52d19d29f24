package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ContentHashTest {
  @Test
  void isTheSha256OfTheNormalisedText() {
    // SHA-256 of "abc", a published test vector.
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.of("  abc\n"));
  }

  @Test
  void whiteSpaceRunsAndEndsDoNotCount() {
    assertEquals(ContentHash.of("One two.\n\nThree."), ContentHash.of(" One\ttwo.  Three.\u00a0"));
  }

  @Test
  void composedAndDecomposedAccentsAreTheSame() {
    assertEquals(ContentHash.of("caf\u00e9"), ContentHash.of("cafe\u0301"));
  }

  @Test
  void wordsAndCaseDoCount() {
    assertNotEquals(ContentHash.of("One two."), ContentHash.of("One too."));
    assertNotEquals(ContentHash.of("One two."), ContentHash.of("one two."));
  }

  @Test
  void normalisedTextIsWhatGetsHashed() {
    assertEquals("a b c", ContentHash.normalise("\n a \r\n b\u2003c "));
  }
}
