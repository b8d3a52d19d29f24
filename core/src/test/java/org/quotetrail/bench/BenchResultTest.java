package org.quotetrail.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchResultTest {
  private final BenchResult result = new BenchResult(500, 2_000_000, 1, 2_000_000_000L, 64_000_000, 7);

  @Test
  void derivesRatesFromCountsAndTime() {
    assertEquals(2.0, result.seconds(), 1e-9);
    assertEquals(250.0, result.articlesPerSecond(), 1e-9);
    assertEquals(1.0, result.megabytesPerSecond(), 1e-9);
    assertEquals(4000.0, result.meanArticleBytes(), 1e-9);
    assertEquals(64.0, result.peakHeapMegabytes(), 1e-9);
  }
}
