package org.quotetrail.bench;

/**
 * What one benchmark run measured.
 *
 * @param articles how many articles were extracted in the timed run
 * @param bytes their total size in UTF-8 bytes
 * @param threads how many threads extracted them
 * @param nanos wall-clock time of the timed run
 * @param peakHeapBytes peak heap use during the timed run, measured as {@link HeapPeak} describes
 * @param quotes how many quotations the extractor found in all
 */
public record BenchResult(int articles, long bytes, int threads, long nanos, long peakHeapBytes, long quotes) {
  private static final double BYTES_PER_MB = 1_000_000.0;

  public double seconds() {
    return nanos / 1e9;
  }

  public double articlesPerSecond() {
    return articles / seconds();
  }

  /** Throughput in megabytes (10^6 bytes of UTF-8 input) per second. */
  public double megabytesPerSecond() {
    return bytes / BYTES_PER_MB / seconds();
  }

  public double meanArticleBytes() {
    return articles == 0 ? 0 : (double) bytes / articles;
  }

  public double peakHeapMegabytes() {
    return peakHeapBytes / BYTES_PER_MB;
  }
}
