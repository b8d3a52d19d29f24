package org.quotetrail.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.RawArticle;

class BenchmarkTest {
  private final List<RawArticle> corpus = new CorpusGenerator(5).articles(12);

  @Test
  void measuresEveryArticleOnce() throws InterruptedException {
    BenchResult result = new Benchmark(Extractor.standard(), new Benchmark.Options(1, 3)).run(corpus);
    long bytes = corpus.stream().mapToLong(a -> a.content().getBytes(StandardCharsets.UTF_8).length).sum();
    assertEquals(12, result.articles());
    assertEquals(bytes, result.bytes());
    assertTrue(result.nanos() > 0 && result.peakHeapBytes() > 0);
  }

  @Test
  void runsOnSeveralThreads() throws InterruptedException {
    BenchResult result = new Benchmark(Extractor.standard(), new Benchmark.Options(3, 0)).run(corpus);
    assertEquals(3, result.threads());
    assertEquals(12, result.articles());
  }

  @Test
  void rejectsBadOptionsAndEmptyCorpus() {
    assertThrows(IllegalArgumentException.class, () -> new Benchmark.Options(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Benchmark.Options(1, -1));
    Benchmark benchmark = new Benchmark(Extractor.standard(), new Benchmark.Options(1, 0));
    assertThrows(IllegalArgumentException.class, () -> benchmark.run(List.of()));
  }
}
