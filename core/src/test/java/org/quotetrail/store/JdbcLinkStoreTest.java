package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcLinkStoreTest {
  @TempDir Path dir;
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
