package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.Store;

class FeatureCountsTest {
  @TempDir Path dir;
  private Store store;
  private LinkStore links;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("t.db").toString());
    links = store.links();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void countsArticlesAndWritesTheirCountsAtTheEndOfTheTransaction() {
    links.addFeatureCounts(Map.of("bridge", 5));
    FeatureCounts counts = new FeatureCounts(links);
    links.inTransaction(() -> {
      assertEquals(Map.of("bridge", 6, "ferry", 1), counts.countArticle(List.of("bridge", "ferry")));
      assertEquals(Map.of("bridge", 7), counts.countArticle(List.of("bridge")));
      assertEquals(Map.of("bridge", 5), links.featureCounts(List.of("bridge", "ferry")), "not written before the end");
      counts.write();
      return null;
    });
    assertEquals(Map.of("bridge", 7, "ferry", 1), links.featureCounts(List.of("bridge", "ferry")));
  }

  @Test
  void aCountForgottenBeforeItIsWrittenIsReadWithWhatWasAdded() {
    // Two counts kept: counting a third forgets the least recently used.
    FeatureCounts counts = new FeatureCounts(links, 2);
    links.inTransaction(() -> {
      counts.countArticle(List.of("bridge"));
      counts.countArticle(List.of("ferry", "pier"));
      assertEquals(Map.of("bridge", 2), counts.countArticle(List.of("bridge")));
      counts.write();
      return null;
    });
    assertEquals(Map.of("bridge", 2, "ferry", 1, "pier", 1), links.featureCounts(List.of("bridge", "ferry", "pier")));
  }

  @Test
  void forgettingDropsWhatWasNotWritten() {
    FeatureCounts counts = new FeatureCounts(links);
    counts.countArticle(List.of("bridge"));
    counts.forget();
    links.addFeatureCounts(Map.of("bridge", 3));
    assertEquals(Map.of("bridge", 4), counts.countArticle(List.of("bridge")));
    counts.write();
    assertEquals(Map.of("bridge", 4), links.featureCounts(List.of("bridge")));
  }
}
