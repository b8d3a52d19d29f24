package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCorpusTest {
  @TempDir Path dir;

  @Test
  void readsEachArticleWithItsFirstAnnotatorByName() throws IOException {
    PolnearCorpus corpus = new PolnearCorpus(TinyPolnear.write(dir));
    assertEquals(2, corpus.texts().size());
    PolnearArticle a1 = corpus.read(corpus.texts().get(0));
    assertEquals("a1", a1.id());
    assertEquals(2, a1.relations().size());
    assertEquals("The council", a1.relations().get(1).sourceText(a1.text()));
    assertTrue(corpus.read(corpus.texts().get(1)).relations().isEmpty());
  }

  @Test
  void anAnnotatorPartNeverHoldsAnUnderscore() throws IOException {
    PolnearCorpus corpus = new PolnearCorpus(TinyPolnear.write(dir));
    Files.writeString(dir.resolve("attributions/a1_b_aaa.ann"), "");
    assertEquals("a1_aaa.ann", corpus.annotation("a1").orElseThrow().getFileName().toString());
  }

  @Test
  void refusesAFolderThatIsNotASplit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PolnearCorpus(dir));
    assertTrue(e.getMessage().contains("not a PolNeAR split"), e.getMessage());
  }
}
