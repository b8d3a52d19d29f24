package org.quotetrail.eval.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.Extractor;
import org.quotetrail.SharedData;
import org.quotetrail.store.Store;

/** Holds the ECB+ story-linking figures of docs/linking.md (skips without ../shared). */
class EcbStoriesFloorTest {
  @TempDir Path dir;

  @Test
  void onlineStoriesReachTheFloorOnTestAndOverall() {
    Path corpus = SharedData.require("data/ecbplus/ecbplus.jsonl");
    try (Store store = Store.open(dir.resolve("ecb.db").toString())) {
      CorpusLinking.Linked linked = CorpusLinking.run(StoryCorpus.read(corpus), store, Extractor.standard());
      double test = linked.scores("test").bcubedF1();
      double all = linked.scores(null).bcubedF1();
      assertTrue(test >= 0.90, "ECB+ test BCubed F1 " + test);
      assertTrue(all >= 0.885, "ECB+ all BCubed F1 " + all);
    }
  }
}
