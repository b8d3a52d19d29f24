package org.quotetrail.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.RawArticle;

/**
 * Measures the extractor on articles held in memory: a warm-up pass lets the JIT compile the hot
 * code, then the timed pass runs every article once, on one or more threads sharing one extractor.
 */
public final class Benchmark {
  /**
   * How to run.
   *
   * @param threads how many threads extract at once (at least 1)
   * @param warmup how many extractions to run, untimed, before the timed pass (cycling through
   *     the articles when there are fewer)
   */
  public record Options(int threads, int warmup) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
      if (warmup < 0) {
        throw new IllegalArgumentException("warm-up count must not be negative: " + warmup);
      }
    }
  }

  private final Extractor extractor;
  private final Options options;

  public Benchmark(Extractor extractor, Options options) {
    this.extractor = extractor;
    this.options = options;
  }

  /** Warms up, then extracts every article once and reports the time, throughput and peak heap. */
  public BenchResult run(List<RawArticle> articles) throws InterruptedException {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("nothing to benchmark: no articles");
    }
    for (int i = 0; i < options.warmup(); i++) {
      extract(articles.get(i % articles.size()));
    }
    long bytes = articles.stream().mapToLong(a -> a.content().getBytes(StandardCharsets.UTF_8).length).sum();
    HeapPeak heap = HeapPeak.start();
    long start = System.nanoTime();
    long quotes = options.threads() == 1 ? extractShare(articles, 0, 1) : extractInParallel(articles);
    long nanos = System.nanoTime() - start;
    return new BenchResult(articles.size(), bytes, options.threads(), nanos, heap.peakBytes(), quotes);
  }

  private long extractInParallel(List<RawArticle> articles) throws InterruptedException {
    int threads = options.threads();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Long>> shares = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        shares.add(() -> extractShare(articles, first, threads));
      }
      long quotes = 0;
      for (Future<Long> share : pool.invokeAll(shares)) {
        quotes += share.get();
      }
      return quotes;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Extracts articles first, first + step, ...; returns how many quotations they held. */
  private long extractShare(List<RawArticle> articles, int first, int step) {
    long quotes = 0;
    for (int i = first; i < articles.size(); i += step) {
      quotes += extract(articles.get(i));
    }
    return quotes;
  }

  private int extract(RawArticle article) {
    try {
      return extractor.extract(article).quotes().size();
    } catch (RuntimeException e) {
      throw new IllegalStateException("extraction failed on " + article.source() + ": " + e.getMessage(), e);
    }
  }
}
