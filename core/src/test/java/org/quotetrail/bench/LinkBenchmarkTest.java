package org.quotetrail.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.Extractor;
import org.quotetrail.store.Store;

class LinkBenchmarkTest {
  @TempDir Path dir;

  @Test
  void givesOnePointPerBlockAndLinksEachGeneratedStoryAsOne() {
    try (Store store = Store.open(dir.resolve("b.db").toString())) {
      List<LinkBenchmark.Point> curve = new LinkBenchmark(Extractor.standard(), new CorpusGenerator(3), 4).run(store, 12, 5);
      assertEquals(List.of(5, 10, 12), curve.stream().map(LinkBenchmark.Point::stored).toList());
      assertTrue(curve.stream().allMatch(p -> p.ingestMillis() >= p.linkMillis() && p.linkMillis() > 0));
      assertTrue(curve.stream().allMatch(p -> p.ingestCpuMillis() >= p.linkCpuMillis() && p.linkCpuMillis() > 0));
      assertEquals(3, store.links().stories().size());
    }
  }
}
