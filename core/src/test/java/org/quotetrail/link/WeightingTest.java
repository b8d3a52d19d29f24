package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightingTest {
  private final Weighting weighting = new Weighting(new Weighting.Options(0.5, 0.5, 0));

  @Test
  void eachFamilyGetsItsShareAndTheProfileHasLengthOne() {
    FeatureVector p = weighting.profile(Map.of("bridge", 1, "vote", 1, "@smith", 1, "#4", 1), Map.of(), 100);
    assertEquals(1.0, p.norm(), 1e-9);
    double words = Math.hypot(p.weight("bridge"), p.weight("vote"));
    assertEquals(words, p.weight("@smith"), 1e-9);
    assertEquals(0.0, p.weight("#4"));
  }

  @Test
  void commonFeaturesWeighLess() {
    FeatureVector p = weighting.profile(Map.of("council", 1, "quayside", 1), Map.of("council", 90, "quayside", 2), 100);
    assertTrue(p.weight("quayside") > 3 * p.weight("council"));
  }

  @Test
  void refusesSharesThatAreAllZero() {
    assertThrows(IllegalArgumentException.class, () -> new Weighting.Options(0, 0, 0));
  }
}
