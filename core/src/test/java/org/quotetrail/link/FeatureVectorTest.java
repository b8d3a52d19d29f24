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
  void encodesAndDecodesNamesWithSpaces() {
    FeatureVector v = FeatureVector.of(Map.of("@owen smith", 0.5, "#23", 0.25));
    assertEquals(v, FeatureVector.decode(v.encode()));
  }
}
