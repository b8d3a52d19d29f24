package org.quotetrail.spark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.Extractor;
import org.quotetrail.bench.CorpusGenerator;
import org.quotetrail.ingest.ArticleSink;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.ingest.warc.WarcFileReader;
import org.quotetrail.model.ExtractedArticle;

class CorpusWarcTest {
  @TempDir Path dir;

  @Test
  void writesEachArticleAsAPageWhoseTextTheExtractorRecovers() throws IOException {
    CorpusGenerator generator = new CorpusGenerator(7);
    Path file = dir.resolve("part.warc.gz");
    long bytes = CorpusWarc.write(generator::article, 2, 5, file);
    List<RawArticle> pages = new ArrayList<>();
    new WarcFileReader(1 << 20).read(file, new ArticleSink() {
      @Override
      public void article(RawArticle article) {
        pages.add(article);
      }

      @Override
      public void problem(InputProblem problem) {
        throw new AssertionError(problem.toString());
      }
    });

    assertEquals(3, pages.size());
    assertEquals("https://news.example/2", pages.get(0).url());
    assertTrue(bytes > 3 * 3300, "about 4 KB of text a page: " + bytes);
    ExtractedArticle article = Extractor.standard().extract(pages.get(0));
    String headline = generator.article(2).content().lines().findFirst().orElseThrow();
    assertEquals(headline, article.title());
    assertTrue(article.quotes().size() >= 5, "quotations: " + article.quotes().size());
  }

  @Test
  void escapesMarkupInTheArticleText() {
    String html = CorpusWarc.html(RawArticle.text("a.txt", "Costs & <benefits>\n\nThe council met."));
    assertTrue(html.contains("<h1>Costs &amp; &lt;benefits&gt;</h1>"), html);
    assertTrue(html.contains("<p>The council met.</p>"), html);
  }
}
