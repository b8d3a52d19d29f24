package org.quotetrail.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFolderTest {
  @TempDir Path dir;

  @Test
  void writesOneUtf8FilePerArticle() throws IOException {
    CorpusGenerator generator = new CorpusGenerator(3);
    Path folder = dir.resolve("corpus");
    long bytes = CorpusFolder.write(generator, 5, folder);
    try (var files = Files.list(folder)) {
      assertEquals(5, files.count());
    }
    String third = Files.readString(folder.resolve("article-00002.txt"), StandardCharsets.UTF_8);
    assertEquals(generator.article(2).content(), third);
    long total = 0;
    for (int i = 0; i < 5; i++) {
      total += Files.size(folder.resolve(CorpusGenerator.fileName(i)));
    }
    assertEquals(total, bytes);
  }
}
