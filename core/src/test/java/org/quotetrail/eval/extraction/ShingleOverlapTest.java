package org.quotetrail.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleOverlapTest {
  @Test
  void countsSharedWordFourGrams() {
    // truth: 5 words, 2 shingles; extracted: 6 words, 3 shingles, 2 of them true
    ShingleOverlap o = ShingleOverlap.of("the pier will close soon", "the pier will close soon, sadly.");
    assertEquals(2.0 / 3, o.precision(), 1e-9);
    assertEquals(1.0, o.recall(), 1e-9);
  }

  @Test
  void wordsAreUnicodeWordRunsAndRepeatsCount() {
    Map<String, Integer> shingles = ShingleOverlap.shingles("caf\u00e9-na\u00efve x_1 2! caf\u00e9 na\u00efve x_1 2");
    assertEquals(4, shingles.size());
    assertEquals(2, shingles.get("caf\u00e9 na\u00efve x_1 2"));
  }

  @Test
  void emptyExtractionHasNoPrecisionUnlessTheTruthIsEmptyToo() {
    assertEquals(new ShingleOverlap(0, 0), ShingleOverlap.of("one two three four", ""));
    assertEquals(new ShingleOverlap(1, 1), ShingleOverlap.of("", ""));
  }
}
