package org.quotetrail.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  @Test
  void perfectClusteringScoresOne() {
    ClusterScores s = ClusterScores.of(List.of("x", "x", "y"), List.of("a", "a", "b"));
    assertEquals(1.0, s.bcubedF1(), 1e-9);
    assertEquals(1.0, s.pairF1(), 1e-9);
  }

  @Test
  void oneClusterForAllLosesPrecision() {
    ClusterScores s = ClusterScores.of(List.of("x", "x", "x", "x"), List.of("a", "a", "b", "b"));
    assertEquals(0.5, s.bcubedPrecision(), 1e-9);
    assertEquals(1.0, s.bcubedRecall(), 1e-9);
    assertEquals(2.0 / 6, s.pairPrecision(), 1e-9);
    assertEquals(1.0, s.pairRecall(), 1e-9);
  }

  @Test
  void singletonsLoseRecall() {
    ClusterScores s = ClusterScores.of(List.of("1", "2", "3"), List.of("a", "a", "b"));
    assertEquals(1.0, s.bcubedPrecision(), 1e-9);
    assertEquals((0.5 + 0.5 + 1) / 3, s.bcubedRecall(), 1e-9);
    assertEquals(0.0, s.pairRecall(), 1e-9);
  }
}
