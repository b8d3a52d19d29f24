package org.quotetrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleArticleFileTest {
  @TempDir Path dir;

  private final List<RawArticle> articles = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();
  private final ArticleSink sink =
      new ArticleSink() {
        @Override
        public void article(RawArticle article) {
          articles.add(article);
        }

        @Override
        public void problem(InputProblem problem) {
          problems.add(problem);
        }
      };

  private void read(Path file, long limit) {
    SingleArticleFile.read(file, limit, RawArticle.Format.TEXT, b -> TextDecoder.decode(b, null), sink);
  }

  @Test
  void readsGzippedText() throws IOException {
    Path file = dir.resolve("a.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("Headline\nBody text.".getBytes(StandardCharsets.UTF_8));
    }
    read(file, 1000);
    assertEquals("Headline\nBody text.", articles.get(0).content());
    assertTrue(SingleArticleFile.hasExtension(file, ".txt"));
  }

  @Test
  void aGzipBombStopsAtTheLimitWithOneLine() throws IOException {
    Path file = dir.resolve("bomb.txt.gz");
    byte[] zeros = new byte[1 << 20];
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < 64; i++) {
        out.write(zeros); // 64 MB of zeros, a few kilobytes on disk
      }
    }
    read(file, 1 << 20);
    assertTrue(articles.isEmpty());
    assertEquals(file + ": too large for one article (limit 1048576 bytes)", problems.get(0).toString());
  }

  @Test
  void aTruncatedGzipIsOneLineNamingTheFile() throws IOException {
    Path file = dir.resolve("cut.txt.gz");
    Path whole = dir.resolve("whole.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      out.write("Headline\nA body long enough to be cut in half.".repeat(50).getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    read(file, 1 << 20);
    assertTrue(articles.isEmpty());
    assertTrue(problems.get(0).toString().startsWith(file + ": cannot read"), problems.toString());
  }
}
