package org.quotetrail.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.model.ExtractedArticle;

class CorpusGeneratorTest {
  private final List<RawArticle> corpus = new CorpusGenerator(7).articles(60);

  @Test
  void sameSeedGivesSameArticles() {
    assertEquals(corpus, new CorpusGenerator(7).articles(60));
  }

  @Test
  void otherSeedGivesOtherArticles() {
    assertNotEquals(corpus.get(0).content(), new CorpusGenerator(8).article(0).content());
  }

  @Test
  void articleDoesNotDependOnCorpusSize() {
    assertEquals(corpus.get(42), new CorpusGenerator(7).article(42));
    assertEquals("article-00042.txt", corpus.get(42).source());
  }

  @Test
  void articlesAreAboutFourKilobytes() {
    double mean = corpus.stream().mapToInt(CorpusGeneratorTest::bytes).average().orElseThrow();
    assertTrue(mean > 3600 && mean < 4800, "mean " + mean);
    corpus.forEach(a -> assertTrue(bytes(a) > 3000 && bytes(a) < 6500, a.source() + ": " + bytes(a)));
  }

  @Test
  void everyArticleQuotesSomeone() {
    for (RawArticle a : corpus) {
      String text = a.content();
      long marks = text.chars().filter(c -> c == '"' || c == '\u201c').count();
      assertTrue(marks >= 6, a.source() + " has " + marks + " opening marks");
      assertTrue(text.contains(" said") || text.contains(" told"), a.source());
    }
  }

  @Test
  void corpusMixesMarkStylesAndReportedSpeech() {
    String all = String.join("\n", corpus.stream().map(RawArticle::content).toList());
    assertTrue(all.contains("\u201c") && all.contains("\""), "curly and straight marks");
    assertTrue(all.contains(" said that "), "indirect speech");
    assertTrue(all.contains("According to "), "according to");
    assertTrue(all.contains("A spokesperson for "), "nominal speaker");
    assertTrue(all.contains("\nAvatar\n"), "author box furniture");
  }

  @Test
  void furnitureIsLeftForTheCleaner() {
    ExtractedArticle article = Extractor.standard().extract(corpus.get(3));
    assertTrue(article.title() != null && !article.title().isBlank());
    assertTrue(article.outlet() != null && corpus.get(3).content().contains("More from " + article.outlet()));
    assertTrue(article.byline() != null && article.published() != null);
    assertTrue(!article.body().contains("SUBSCRIBE") && !article.body().contains("Advertisement"));
    assertNull(article.url());
  }

  @Test
  void negativeIndexIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(1).article(-1));
  }

  @Test
  void articlesOfAStoryShareItsPlaceAndDateOnwards() {
    CorpusGenerator generator = new CorpusGenerator(5);
    ExtractedArticle first = Extractor.standard().extract(generator.storyArticle(0, 3));
    ExtractedArticle second = Extractor.standard().extract(generator.storyArticle(1, 3));
    ExtractedArticle next = Extractor.standard().extract(generator.storyArticle(3, 3));
    assertEquals(first.published().plusDays(1), second.published());
    assertEquals(first.published().plusDays(1), next.published());
    String place = Cast.drawForStory(new java.util.Random(5 * 0x9E3779B97F4A7C15L + 0x5DEECE66DL)).place();
    assertTrue(first.body().contains(place) && second.body().contains(place), place);
    assertFalse(next.body().contains(place), place);
  }

  private static int bytes(RawArticle article) {
    return article.content().getBytes(StandardCharsets.UTF_8).length;
  }
}
