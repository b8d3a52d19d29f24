package org.quotetrail.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap use over a stretch of work, from the JVM's memory pools: {@link #start} collects
 * garbage and resets each heap pool's peak; {@link #peakBytes} sums the pools' peaks since.
 *
 * <p>Pools can peak at different moments, so the sum is an upper bound on the true peak, never an
 * underestimate; unlike sampling {@code Runtime} it misses no short spike between samples.
 */
final class HeapPeak {
  private final List<MemoryPoolMXBean> pools;

  private HeapPeak(List<MemoryPoolMXBean> pools) {
    this.pools = pools;
  }

  /** Collects garbage so the run starts from live data only, then resets the heap pools' peaks. */
  static HeapPeak start() {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    return new HeapPeak(heap);
  }

  /** The sum of the heap pools' peak use since {@link #start}, in bytes. */
  long peakBytes() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
