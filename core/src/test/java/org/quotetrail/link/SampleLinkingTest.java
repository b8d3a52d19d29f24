package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.Reply;
import org.quotetrail.store.SpeakerRecord;
import org.quotetrail.store.Store;
import org.quotetrail.store.StoryArticle;

/** The sample corpus (samples/): the Quayside row across three outlets, and the seagrass story. */
class SampleLinkingTest {
  @TempDir static Path dir;
  private static Store store;
  private static LinkReports reports;

  @BeforeAll
  static void ingestSamples() {
    StoreIngest.ingest(dir.resolve("samples.db"), Path.of("..", "samples"));
    store = Store.openExisting(dir.resolve("samples.db").toString());
    reports = new LinkReports(store.links());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static StoryView story(String word) {
    return reports.stories().stream().filter(s -> s.title().contains(word)).findFirst().orElseThrow();
  }

  private static Set<String> sources(StoryView story) {
    return story.articles().stream().map(StoryArticle::source).map(s -> Path.of(s).getFileName().toString()).collect(Collectors.toSet());
  }

  @Test
  void theQuaysideRowIsOneStoryAcrossThreeOutletsAndTheSeagrassAnother() {
    assertEquals(2, reports.stories().size());
    assertEquals(Set.of("callow-gazette-council-leader-attacks-campaigners.txt", "estuary-post-campaigners-hit-back.txt",
        "westmarch-courier-housing-trust-urges-rethink.txt"), sources(story("scaremongering")));
    assertEquals(Set.of("estuary-post-seagrass-meadow-doubles.txt", "westmarch-courier-seagrass-funding.txt"), sources(story("Seagrass")));
  }

  @Test
  void theTwoPenhallowsStayTwo() {
    List<SpeakerRecord> penhallows = reports.speakers("Penhallow");
    assertEquals(Set.of("Marcus Penhallow", "Alys Penhallow"), penhallows.stream().map(SpeakerRecord::name).collect(Collectors.toSet()));
  }

  @Test
  void penhallowsPromiseIsOneStatementInThreeOutlets() {
    VariantGroupView group = reports.variants("Marcus Penhallow").stream()
        .filter(g -> g.canonical().contains("Nobody is going to be forced out of Quayside")).findFirst().orElseThrow();
    Set<String> outlets = group.variants().stream().map(VariantGroupView.Variant::outlet).collect(Collectors.toSet());
    assertEquals(Set.of("The Callow Gazette", "Estuary Evening Post", "Westmarch Courier"), outlets);
    assertEquals("The Callow Gazette", group.firstReportedBy());
    assertTrue(group.variants().stream().anyMatch(v -> v.diff().contains("{+")), "a wording differs");
  }

  @Test
  void theEstuaryPostCreditsTheCallowGazette() {
    assertTrue(reports.variants("Marcus Penhallow").stream().flatMap(g -> g.variants().stream())
        .anyMatch(v -> "Estuary Evening Post".equals(v.outlet()) && "Callow Gazette".equals(v.creditedTo())));
  }

  @Test
  void threlfallsCompletelyWrongRepliesToPenhallow() {
    long story = story("scaremongering").id();
    List<LinkedQuote> quotes = reports.quotations(story);
    Reply reply = reports.replies(story).stream()
        .filter(r -> quote(quotes, r.replyId()).text().contains("comments are completely wrong")).findFirst().orElseThrow();
    assertEquals("Imogen Threlfall", quote(quotes, reply.replyId()).speakerName());
    assertEquals("Marcus Penhallow", quote(quotes, reply.statementId()).speakerName());
  }

  private static LinkedQuote quote(List<LinkedQuote> quotes, long id) {
    return quotes.stream().filter(q -> q.quotationId() == id).findFirst().orElseThrow();
  }
}
