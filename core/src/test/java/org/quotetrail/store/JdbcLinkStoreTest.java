package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcLinkStoreTest {
  @TempDir Path dir;
  @RegisterExtension final TestStores stores = new TestStores();
  private Store store;
  private LinkStore links;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("links.db").toString());
    links = store.links();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private long article(String source, LocalDate published) {
    return store.save(Articles.article(source, "Dunmore Post", published, "Body of " + source + ".", "Ann Lee")).articleId();
  }

  @Test
  void latestStoryQuotationsAreThoseOfTheNewestArticlesInDateOrder() {
    long story = links.addStory("Bridge", null, "bridge\t1.0\n");
    long elsewhere = links.addStory("Orchard", null, "apple\t1.0\n");
    LocalDate first = LocalDate.of(2025, 3, 1);
    // 40 articles of two quotations each, more than one read of the story's articles; every third
    // belongs to another story, and the dates run against the ids.
    for (int i = 0; i < 40; i++) {
      String body = "\"Point " + i + " a,\" she said. \"Point " + i + " b,\" she said.";
      long id = store.save(Articles.article("a" + i + ".txt", null, first.minusDays(i), body, "Ann Lee",
          "Point " + i + " a,", "Point " + i + " b,")).articleId();
      links.addStoryArticle(id, i % 3 == 2 ? elsewhere : story, first.minusDays(i), null, "bridge\t1.0\n");
    }
    List<LinkedQuote> latest = links.latestStoryQuotations(story, 25);
    // The 25 latest quotations of the story: both of articles 39, 37, 36, 34, ... and the later
    // one (the higher id) of the thirteenth article.
    java.util.Set<String> newest = new java.util.HashSet<>();
    for (int i = 39, left = 25; left > 0; i--) {
      if (i % 3 == 2) {
        continue;
      }
      newest.add("Point " + i + " b,");
      if (--left > 0) {
        newest.add("Point " + i + " a,");
        left--;
      }
    }
    // Ordered by date (the highest article number is the earliest), then position.
    List<String> byDate = new java.util.ArrayList<>();
    for (int i = 39; i >= 0; i--) {
      for (String part : List.of(" a,", " b,")) {
        if (newest.contains("Point " + i + part)) {
          byDate.add("Point " + i + part);
        }
      }
    }
    assertEquals(byDate, latest.stream().map(LinkedQuote::text).toList());
    assertEquals(25, byDate.size());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void linkingAnArticlesQuotationsWritesTheirLinksAndAddsThemToTheStorysSpeakers(Backend backend) throws SQLException {
    String location = stores.location(backend);
    try (Store on = Store.open(location)) {
      LinkStore links = on.links();
      long earlier = on.save(Articles.article("a.txt", null, null, "\"Zero,\" she said.", "Ann Lee", "Zero,")).articleId();
      String body = "\"One,\" she said. \"Two,\" he said. \"Three,\" she said. \"Four,\" someone said.";
      long article = on.save(Articles.article("b.txt", null, null, body, "Ann Lee", "One,", "Two,", "Three,", "Four,")).articleId();
      long story = links.addStory("Harbour", null, "harbour\t1.0\n");
      long lee = links.addSpeaker("Ann Lee", "person");
      long penhallow = links.addSpeaker("Penhallow", "person");
      long zero = links.article(earlier).orElseThrow().quotations().get(0).id();
      long leeGroup = links.addVariantGroup(lee, zero);
      links.addStoryArticle(earlier, story, null, null, "harbour\t1.0\n");
      links.linkQuotations(earlier, story, List.of(new QuotationLink(zero, lee, leeGroup)));

      links.addStoryArticle(article, story, null, null, "harbour\t1.0\n");
      List<Long> ids = links.article(article).orElseThrow().quotations().stream().map(LinkArticle.Quote::id).toList();
      long penhallowGroup = links.addVariantGroup(penhallow, ids.get(1));
      links.linkQuotations(article, story, List.of(
          new QuotationLink(ids.get(0), lee, leeGroup),
          new QuotationLink(ids.get(1), penhallow, penhallowGroup),
          new QuotationLink(ids.get(2), lee, leeGroup),
          new QuotationLink(ids.get(3), null, null)));
      List<String> linked = List.of(
          zero + "|" + lee + "|" + leeGroup + "|" + earlier + "|",
          ids.get(0) + "|" + lee + "|" + leeGroup + "|" + article + "|",
          ids.get(1) + "|" + penhallow + "|" + penhallowGroup + "|" + article + "|",
          ids.get(2) + "|" + lee + "|" + leeGroup + "|" + article + "|",
          ids.get(3) + "|null|null|" + article + "|");
      // Ann Lee's earlier quotation and two of this article's; Penhallow's one.
      List<String> counted = List.of(story + "|" + lee + "|3|", story + "|" + penhallow + "|1|");
      assertLinks(location, linked, counted);

      // A quotation linked already fails the call, and its transaction is undone whole.
      assertThrows(StoreException.class, () -> links.inTransaction(() -> {
        links.linkQuotations(article, story, List.of(new QuotationLink(ids.get(3), lee, leeGroup)));
        return null;
      }));
      assertLinks(location, linked, counted);
    }
  }

  private static void assertLinks(String location, List<String> linked, List<String> counted) throws SQLException {
    try (Connection connection = TestStores.connect(location)) {
      assertEquals(linked, StoryCountsTest.rows(connection,
          "SELECT quotation_id, speaker_id, variant_group_id, article_id FROM quotation_links ORDER BY quotation_id"));
      assertEquals(counted, StoryCountsTest.rows(connection,
          "SELECT story_id, speaker_id, quotations FROM story_speakers ORDER BY speaker_id"));
    }
  }

  @Test
  void addsAndReadsFeatureCounts() {
    links.addFeatureCounts(Map.of("bridge", 1, "@lee", 2));
    links.addFeatureCounts(Map.of("bridge", 3));
    assertEquals(Map.of("bridge", 4, "@lee", 2), links.featureCounts(List.of("bridge", "@lee", "ferry")));
    // Many features take several statements (256 rows, then powers of two): each is counted once.
    Map<String, Integer> many = new java.util.HashMap<>();
    java.util.stream.IntStream.rangeClosed(1, 300).forEach(i -> many.put("w" + i, i));
    links.addFeatureCounts(many);
    links.addFeatureCounts(Map.of("w300", 1));
    Map<String, Integer> read = links.featureCounts(many.keySet());
    many.put("w300", 301);
    assertEquals(many, read);
  }

  @Test
  void findsStoriesByTheirIndexedFeaturesAndArticles() {
    long a = article("a.txt", LocalDate.of(2025, 3, 1));
    long b = article("b.txt", null);
    long story = links.addStory("Bridge", LocalDate.of(2025, 3, 1), "bridge\t1.0\n");
    long other = links.addStory("Orchard", null, "apple\t1.0\n");
    assertEquals(2, links.storyCount());
    links.addPostings(story, List.of("bridge", "@lee"));
    links.addPostings(other, List.of("apple", "@lee"));
    assertEquals(List.of(other, story), links.latestStoriesWith("@lee", 5));
    assertEquals(List.of(other), links.latestStoriesWith("@lee", 1));
    assertEquals(List.of(story), links.latestStoriesWith("bridge", 5));
    links.addStoryArticle(a, story, LocalDate.of(2025, 3, 1), "Dunmore Post", "bridge\t1.0\n");
    assertEquals(java.util.Set.of(b), links.unlinkedArticles().keySet());
    assertEquals(story, links.storyOf(a).orElseThrow());
    assertTrue(links.storyOf(b).isEmpty());
    links.moveArticles(List.of(a), other);
    assertEquals(other, links.storyOf(a).orElseThrow());
  }

  @Test
  void findsSpeakersByNameAndAlias() {
    long lee = links.addSpeaker("Ann Lee", "person");
    links.addAlias(lee, "Lee");
    links.addAlias(lee, "Lee");
    assertEquals(List.of("Lee"), links.speakers(List.of(lee)).get(0).aliases());
    assertEquals(lee, links.speakersNamed(" ann lee ", "person").get(0));
    assertEquals(lee, links.speakersMatching("lee").get(0).id());
    assertTrue(links.speakersMatching("Le").isEmpty());
  }

  @Test
  void eachLinkTransactionAdvancesTheGenerationAndAnUndoneOneTakesItBack() {
    long first = links.inTransaction(links::nextGeneration);
    assertEquals(first + 1, links.inTransaction(links::nextGeneration));
    try {
      links.inTransaction(() -> {
        links.nextGeneration();
        throw new IllegalStateException("stop");
      });
    } catch (IllegalStateException expected) {
      // the generation it took is given back
    }
    assertEquals(first + 2, links.inTransaction(links::nextGeneration));
  }

  @Test
  void aTransactionThatFailsLeavesNothing() {
    try {
      links.inTransaction(() -> {
        links.addSpeaker("Ann Lee", "person");
        throw new IllegalStateException("stop");
      });
    } catch (IllegalStateException expected) {
      // the speaker must be gone
    }
    assertTrue(links.speakersMatching("Ann Lee").isEmpty());
  }
}
