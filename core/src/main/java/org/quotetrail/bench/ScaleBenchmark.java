package org.quotetrail.bench;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Measures how ingest with linking scales: each target ingests a new corpus of N generated articles
 * for each size N, from empty, and the time per article at the largest N is compared with the
 * smallest. A warm-up run first, untimed, has the JIT compile the hot code, so that the smallest
 * size is not charged for it.
 */
public final class ScaleBenchmark {
  /**
   * One target at one size.
   *
   * @param bytes UTF-8 bytes of the articles' text
   * @param cpuSeconds CPU time of the process over the measured work
   * @param peakHeapBytes sum of the heap pools' peaks over the run ({@link HeapPeak}: an upper bound)
   */
  public record Point(String target, int articles, double seconds, double cpuSeconds, long bytes, long peakHeapBytes) {
    public double articlesPerSecond() {
      return articles / seconds;
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }

    public double millisPerArticle() {
      return seconds * 1000 / articles;
    }

    public double cpuMillisPerArticle() {
      return cpuSeconds * 1000 / articles;
    }
  }

  private final CorpusGenerator generator;
  private final int perStory;
  private final int warmup;

  /** Articles of {@code generator} in stories of {@code perStory}; {@code warmup} articles ingested untimed first (0: none). */
  public ScaleBenchmark(CorpusGenerator generator, int perStory, int warmup) {
    if (perStory < 1 || warmup < 0) {
      throw new IllegalArgumentException("stories need at least 1 article and the warm-up at least 0: " + perStory + ", " + warmup);
    }
    this.generator = generator;
    this.perStory = perStory;
    this.warmup = warmup;
  }

  /** Runs {@code target} over the warm-up articles, untimed. */
  public void warmUp(ScaleTarget target) throws Exception {
    if (warmup > 0) {
      target.run(generator, warmup, perStory);
    }
  }

  /** Ingests {@code articles} articles into {@code target} from empty and measures it. */
  public Point measure(ScaleTarget target, int articles) throws Exception {
    HeapPeak heap = HeapPeak.start();
    ScaleTarget.Run run = target.run(generator, articles, perStory);
    return new Point(target.name(), articles, run.nanos() / 1e9, run.cpuNanos() / 1e9, run.bytes(), heap.peakBytes());
  }

  /** {@code perArticle} at the largest size over that at the smallest: 1 is flat. */
  public static double growth(List<Point> points, ToDoubleFunction<Point> perArticle) {
    Point smallest = points.stream().min(Comparator.comparingInt(Point::articles)).orElseThrow();
    Point largest = points.stream().max(Comparator.comparingInt(Point::articles)).orElseThrow();
    return perArticle.applyAsDouble(largest) / perArticle.applyAsDouble(smallest);
  }
}
