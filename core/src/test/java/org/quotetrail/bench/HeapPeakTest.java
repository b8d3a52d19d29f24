package org.quotetrail.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapPeakTest {
  @Test
  void peakCoversWhatWasAllocatedSinceStart() {
    HeapPeak peak = HeapPeak.start();
    byte[] block = new byte[8_000_000];
    block[block.length - 1] = 1;
    assertTrue(peak.peakBytes() >= block.length, "peak " + peak.peakBytes());
  }
}
