package org.quotetrail.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.quotetrail.ingest.ArticleSink;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.ingest.RawArticle;

class HtmlFileReaderTest {
  @TempDir Path dir;

  private final HtmlFileReader reader = new HtmlFileReader(1000);
  private final List<RawArticle> articles = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();
  private final ArticleSink sink = new ArticleSink() {
    @Override
    public void article(RawArticle article) {
      articles.add(article);
    }

    @Override
    public void problem(InputProblem problem) {
      problems.add(problem);
    }
  };

  @Test
  void acceptsHtmlNamesGzippedOrNot() {
    assertTrue(reader.accepts(Path.of("a.html")));
    assertTrue(reader.accepts(Path.of("a.HTM")));
    assertTrue(reader.accepts(Path.of("a.html.gz")));
    assertFalse(reader.accepts(Path.of("a.txt")));
    assertFalse(reader.accepts(Path.of("a.warc.gz")));
  }

  @Test
  void readsAGzippedPageAsHtml() throws IOException {
    Path file = dir.resolve("page.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("<p>Caf\u00e9</p>".getBytes(StandardCharsets.UTF_8));
    }
    reader.read(file, sink);
    assertEquals(1, articles.size());
    assertEquals(RawArticle.Format.HTML, articles.get(0).format());
    assertEquals("<p>Caf\u00e9</p>", articles.get(0).content());
  }

  @Test
  void refusesAnOversizedPageWithAProblemNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("big.htm"), "x".repeat(2000));
    reader.read(file, sink);
    assertTrue(articles.isEmpty());
    assertTrue(problems.get(0).toString().startsWith(file + ": too large"), problems.toString());
  }
}
