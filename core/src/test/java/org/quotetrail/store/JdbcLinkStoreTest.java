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
  void countsFeaturesAcrossArticles() {
    links.countFeatures(List.of("bridge", "@lee"));
    links.countFeatures(List.of("bridge"));
    assertEquals(Map.of("bridge", 2, "@lee", 1), links.featureFrequencies(List.of("bridge", "@lee", "ferry")));
  }

  @Test
  void findsStoriesByTheirIndexedFeaturesAndArticles() {
    long a = article("a.txt", LocalDate.of(2025, 3, 1));
    long b = article("b.txt", null);
    long story = links.addStory("Bridge", LocalDate.of(2025, 3, 1), "bridge\t1.0\n");
    long other = links.addStory("Orchard", null, "apple\t1.0\n");
    links.addPostings(story, List.of("bridge", "@lee"));
    links.addPostings(other, List.of("apple", "@lee"));
    assertEquals(List.of(story, other), links.storiesSharing(List.of("bridge", "@lee"), 5));
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
    assertEquals(lee, links.speakersNamed(" ann lee ", "person").get(0).id());
    assertEquals(lee, links.speakersMatching("lee").get(0).id());
    assertTrue(links.speakersMatching("Le").isEmpty());
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
