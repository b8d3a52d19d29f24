package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.SharedData;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.Reply;
import org.quotetrail.store.SpeakerRecord;
import org.quotetrail.store.Store;

/** The two seed reports (../shared/seeds): one dispute, two outlets, one credit, one reply. */
class SeedLinkingTest {
  @TempDir static Path dir;
  private static Store store;
  private static LinkReports reports;

  @BeforeAll
  static void ingestSeeds() {
    Path seeds = SharedData.require("seeds");
    StoreIngest.ingest(dir.resolve("seeds.db"), seeds);
    store = Store.openExisting(dir.resolve("seeds.db").toString());
    reports = new LinkReports(store.links());
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void bothReportsAreOneStory() {
    List<StoryView> stories = reports.stories();
    assertEquals(1, stories.size());
    assertEquals(2, stories.get(0).articles().size());
    assertTrue(stories.get(0).speakers().containsAll(List.of("Owen Smith", "Momentum")));
  }

  @Test
  void smithsTwoWordingsAreOneVariantGroupWithItsDiff() {
    VariantGroupView group = smithsStatement();
    assertEquals("Owen Smith", group.speaker());
    assertEquals(2, group.variants().size());
    VariantGroupView.Variant labourList = group.variants().stream().filter(v -> "LabourList".equals(v.outlet())).findFirst().orElseThrow();
    assertTrue(labourList.diff().contains("[-carries-] {+continue to carry+}"), labourList.diff());
    assertEquals("Politics.co.uk", group.firstReportedBy());
  }

  @Test
  void labourListsCreditToTheMirrorIsRecorded() {
    VariantGroupView.Variant labourList = smithsStatement().variants().stream()
        .filter(v -> "LabourList".equals(v.outlet())).findFirst().orElseThrow();
    assertEquals("The Mirror", labourList.creditedTo());
  }

  @Test
  void momentumsCompletelyInaccurateRepliesToSmith() {
    long story = reports.stories().get(0).id();
    List<LinkedQuote> quotes = reports.quotations(story);
    Reply reply = reports.replies(story).stream()
        .filter(r -> text(quotes, r.replyId()).contains("Owen Smith’s comments are completely inaccurate"))
        .findFirst().orElseThrow();
    LinkedQuote statement = quotes.stream().filter(q -> q.quotationId() == reply.statementId()).findFirst().orElseThrow();
    assertEquals("Owen Smith", statement.speakerName());
    assertTrue(statement.text().startsWith("If Momentum carries on being a party within a party"), statement.text());
  }

  @Test
  void momentumIsOneSpeakerWithItsDescriptionAsAnAlias() {
    List<SpeakerRecord> momentum = reports.speakers("the Corbynista group");
    assertEquals(1, momentum.size());
    assertEquals("Momentum", momentum.get(0).name());
    SpeakerRecord smith = reports.speakers("Owen").get(0);
    assertTrue(smith.aliases().containsAll(List.of("Owen", "Smith")), smith.aliases().toString());
  }

  private static VariantGroupView smithsStatement() {
    return reports.variants("Smith").stream()
        .filter(g -> g.canonical().contains("party within a party, then")).findFirst().orElseThrow();
  }

  private static String text(List<LinkedQuote> quotes, long id) {
    return quotes.stream().filter(q -> q.quotationId() == id).findFirst().map(LinkedQuote::text).orElse("");
  }
}
