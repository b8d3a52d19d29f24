package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureVectorTest {
  private final FeatureVector a = FeatureVector.of(Map.of("bridge", 3.0, "@smith", 4.0));
  private final FeatureVector b = FeatureVector.of(Map.of("bridge", 1.0, "vote", 1.0));

  @Test
  void measuresLengthDotAndCosine() {
    assertEquals(5.0, a.norm(), 1e-9);
    assertEquals(3.0, a.dot(b), 1e-9);
    assertEquals(3.0 / (5.0 * Math.sqrt(2)), a.cosine(b), 1e-9);
    assertEquals(0.0, a.cosine(FeatureVector.EMPTY));
    assertEquals(1.0, a.normalised().norm(), 1e-9);
  }

  @Test
  void addsAndListsTheHeaviestFirst() {
    FeatureVector sum = FeatureVector.sum(List.of(a, b));
    assertEquals(4.0, sum.weight("bridge"), 1e-9);
    assertEquals(List.of("@smith", "bridge"), sum.top(2));
    assertEquals(sum, a.plus(b));
  }

  @Test
  void storedIsTheTruncatedVectorsTextAndItsDecodingInTheirOrder() {
    java.util.HashMap<String, Double> weights = new java.util.HashMap<>();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 2000; i++) {
      weights.put("w" + random.nextInt(100_000), random.nextDouble() / 7);
    }
    FeatureVector v = FeatureVector.of(weights);
    FeatureVector.Stored stored = v.stored(1500);
    String text = v.truncated(1500).encode();
    assertEquals(text, stored.text());
    FeatureVector decoded = FeatureVector.decode(text);
    assertEquals(decoded, stored.vector());
    // The same order too, so sums and dot products add in the same order, to the last bit.
    assertEquals(List.copyOf(decoded.weights().keySet()), List.copyOf(stored.vector().weights().keySet()));
  }

  @Test
  void encodesAndDecodesNamesWithSpaces() {
    FeatureVector v = FeatureVector.of(Map.of("@owen smith", 0.5, "#23", 0.25));
    assertEquals(v, FeatureVector.decode(v.encode()));
  }
}
