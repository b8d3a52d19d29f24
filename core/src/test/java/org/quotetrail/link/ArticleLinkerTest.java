package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.link.LinkFixtures.Quoted;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.Store;

class ArticleLinkerTest {
  @TempDir Path dir;
  private Store store;
  private ArticleLinker linker;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("t.db").toString());
    linker = new ArticleLinker(store.links());
  }

  @AfterEach
  void close() {
    store.close();
  }

  /**
   * The store's links, telling {@code before} of each call (the method's name and its arguments)
   * before making it; {@code before} may throw, to make the call fail.
   */
  private LinkStore watched(BiConsumer<String, Object[]> before) {
    return (LinkStore) Proxy.newProxyInstance(LinkStore.class.getClassLoader(), new Class<?>[] {LinkStore.class},
        (proxy, method, args) -> {
          before.accept(method.getName(), args);
          try {
            return method.invoke(store.links(), args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private long save(String source, LocalDate date, String title, String body, Quoted... quoted) {
    return store.save(LinkFixtures.article(source, "Dunmore Post", date, title, body, quoted)).articleId();
  }

  private static final String BRIDGE_1 =
      "Dunmore council voted to close the Kessock swing bridge for eighteen months of repairs costing 4.2 million pounds."
          + " Councillor Ann Lee said: \"We will reopen the Kessock bridge by the spring of next year, whatever the repairs cost.\"";
  private static final String BRIDGE_2 =
      "The Kessock swing bridge in Dunmore closed on Monday for repairs costing 4.2 million pounds, the council confirmed."
          + " Lee said the council would \"reopen the Kessock bridge by the spring of next year\" and ferry users would be compensated.";
  private static final String ORCHARD =
      "A heritage apple orchard at Carrow Farm has been replanted by volunteers with 300 rare trees grafted from old stock."
          + " The Carrow Orchard Trust said the first fruit would be picked in three years.";

  @Test
  void articlesSharingTheirSubjectJoinOneStoryOthersStartTheirOwn() {
    long a = save("a.txt", LocalDate.of(2025, 3, 1), "Kessock bridge to close", BRIDGE_1,
        Quoted.person("We will reopen the Kessock bridge by the spring of next year, whatever the repairs cost.", "Ann Lee"));
    long b = save("b.txt", LocalDate.of(2025, 3, 3), "Kessock bridge shuts", BRIDGE_2,
        Quoted.person("reopen the Kessock bridge by the spring of next year", "Lee"));
    long c = save("c.txt", LocalDate.of(2025, 3, 2), "Orchard replanted", ORCHARD);
    Map<Long, LocalDate> unlinked = store.links().unlinkedArticles();
    assertEquals(3, unlinked.size());
    for (long id : linker.unlinked(Map.of())) {
      linker.link(id, null);
    }
    assertEquals(linker.link(a, null), linker.link(b, null));
    assertNotEquals(linker.link(a, null), linker.link(c, null));
  }

  @Test
  void aSpeakersWordingsAreReadAtMostOncePerArticleAndItsOwnQuotationsStillGroup() {
    String body = BRIDGE_1 + " \"The ferry will run every hour until then,\" Lee added."
        + " She repeated that the council would reopen the Kessock bridge by the spring of next year.";
    long a = save("a.txt", null, "Kessock bridge to close", body,
        Quoted.person("We will reopen the Kessock bridge by the spring of next year, whatever the repairs cost.", "Ann Lee"),
        Quoted.person("The ferry will run every hour until then,", "Ann Lee"),
        Quoted.person("reopen the Kessock bridge by the spring of next year", "Ann Lee"));
    int[] wordingReads = {0};
    LinkStore counted = watched((method, args) -> {
      wordingReads[0] += method.equals("speakerWordings") ? 1 : 0;
    });
    new ArticleLinker(counted).link(a, null);
    assertEquals(0, wordingReads[0], "a speaker this article added has no wordings to read");
    List<String> grouped = store.links().groupedQuotations(2, null).stream().map(LinkedQuote::text).toList();
    assertEquals(List.of("We will reopen the Kessock bridge by the spring of next year, whatever the repairs cost.",
        "reopen the Kessock bridge by the spring of next year"), grouped);

    long b = save("b.txt", null, "Kessock bridge shuts", BRIDGE_3 + " \"Buses will also stop at the pier,\" Lee added.",
        Quoted.person("We will reopen the Kessock bridge by the spring of next year, whatever the repairs cost.", "Ann Lee"),
        Quoted.person("Buses will also stop at the pier,", "Ann Lee"));
    new ArticleLinker(counted).link(b, null);
    assertEquals(1, wordingReads[0], "a linker that has not kept a known speaker's wordings reads them once");
    assertEquals(3, store.links().groupedQuotations(2, null).size());
  }

  private static final String BRIDGE_3 =
      "Ferry users crossing to Kessock will be compensated while the Dunmore swing bridge is repaired, the council said."
          + " Ann Lee said: \"We will reopen the Kessock bridge by the spring of next year, whatever the repairs cost.\"";

  /** Saves the three bridge reports to {@code into}, in order. */
  private static List<Long> saveBridgeReports(Store into) {
    return saveBridgeReports(into, "");
  }

  /** Saves the three bridge reports to {@code into}, in order, of an edition (file names and a last line of their own, unless ""). */
  private static List<Long> saveBridgeReports(Store into, String edition) {
    String prefix = edition.isEmpty() ? "" : edition + "-";
    String end = edition.isEmpty() ? "" : " (" + edition + " edition)";
    Quoted whole = Quoted.person("We will reopen the Kessock bridge by the spring of next year, whatever the repairs cost.", "Ann Lee");
    return List.of(
        into.save(LinkFixtures.article(prefix + "a.txt", "Dunmore Post", LocalDate.of(2025, 3, 1), "Kessock bridge to close", BRIDGE_1 + end, whole)).articleId(),
        into.save(LinkFixtures.article(prefix + "b.txt", "Dunmore Post", LocalDate.of(2025, 3, 2), "Kessock bridge shuts", BRIDGE_2 + end,
            Quoted.person("reopen the Kessock bridge by the spring of next year", "Lee"))).articleId(),
        into.save(LinkFixtures.article(prefix + "c.txt", "Dunmore Post", LocalDate.of(2025, 3, 3), "Ferry users compensated", BRIDGE_3 + end, whole)).articleId());
  }

  /** What linking wrote: the stories with their summaries, each article's story, and each quotation's speaker and group. */
  private static List<String> linkTables(Store of) {
    List<String> tables = new java.util.ArrayList<>();
    of.links().stories().forEach(s -> tables.add(s.toString()));
    of.links().storyArticles(null).forEach(a -> tables.add(a.storyId() + " " + a.articleId()));
    of.links().storyQuotations(of.links().stories().get(0).id())
        .forEach(q -> tables.add(q.quotationId() + " " + q.speakerId() + " " + q.groupId()));
    return tables;
  }

  /** The link tables after one linker alone links the three bridge reports in order. */
  private List<String> linkedAlone() {
    try (Store alone = Store.open(dir.resolve("alone.db").toString())) {
      ArticleLinker only = new ArticleLinker(alone.links());
      saveBridgeReports(alone).forEach(id -> only.link(id, null));
      return linkTables(alone);
    }
  }

  @Test
  void whatALinkerKeepsIsForgottenWhenAnotherProcessLinksInBetween() {
    List<Long> ids = saveBridgeReports(store);
    try (Store other = Store.open(dir.resolve("t.db").toString())) {
      linker.link(ids.get(0), null);
      // Another process joins the second report to the story and groups its wording.
      new ArticleLinker(other.links()).link(ids.get(1), null);
      linker.link(ids.get(2), null);
    }
    List<String> linked = linkTables(store);
    assertEquals(linkedAlone(), linked);
    assertEquals(3, store.links().stories().get(0).articleCount());
  }

  @Test
  void aLinkerThatKeepsWhatItReadsLinksAsAFreshLinkerForEachArticleWould() {
    // Stories may grow past the size up to which they split and merge, whose profiles are then no longer kept.
    StoryLinker.Options smallStories = new StoryLinker.Options(0.18, 0.4, 2, 1, 2, 0.5, 20, 30, 730);
    List<String> kept;
    // Each report in two editions: six articles in all.
    try (Store keeping = Store.open(dir.resolve("keeping.db").toString())) {
      ArticleLinker one = new ArticleLinker(keeping.links(), smallStories, Weighting.Options.STANDARD);
      saveBridgeReports(keeping, "morning").forEach(id -> one.link(id, null));
      saveBridgeReports(keeping, "evening").forEach(id -> one.link(id, null));
      assertEquals(6, keeping.links().linkedArticleCount());
      kept = linkTables(keeping);
    }
    try (Store fresh = Store.open(dir.resolve("fresh.db").toString())) {
      for (String prefix : List.of("morning", "evening")) {
        saveBridgeReports(fresh, prefix).forEach(id -> new ArticleLinker(fresh.links(), smallStories, Weighting.Options.STANDARD).link(id, null));
      }
      assertEquals(linkTables(fresh), kept);
    }
  }

  @Test
  void whatALinkerKeepsIsForgottenWhenItsTransactionIsUndone() {
    List<Long> ids = saveBridgeReports(store);
    int[] writes = {0};
    LinkStore failingOnce = watched((method, args) -> {
      // The second article (one quotation each) fails as its quotation's link is written: after
      // its story, its speaker and its wording's group.
      if (method.equals("linkQuotations") && ++writes[0] == 2) {
        throw new IllegalStateException("disk full");
      }
    });
    ArticleLinker failing = new ArticleLinker(failingOnce);
    failing.link(ids.get(0), null);
    assertThrows(IllegalStateException.class, () -> failing.link(ids.get(1), null));
    failing.link(ids.get(1), null);
    failing.link(ids.get(2), null);
    assertEquals(linkedAlone(), linkTables(store));
  }

  @Test
  void linkingAllTogetherLinksAsOneByOneInOneTransaction() {
    List<Long> ids = saveBridgeReports(store);
    int[] transactions = {0};
    LinkStore counted = watched((method, args) -> {
      transactions[0] += method.equals("inTransaction") ? 1 : 0;
    });
    new ArticleLinker(counted).linkAll(ids, Map.of(), (id, e) -> fail("article " + id + ": " + e));
    assertEquals(1, transactions[0]);
    assertEquals(linkedAlone(), linkTables(store));
  }

  @Test
  void anArticleThatCannotBeLinkedIsReportedAndTheRestOfItsGroupIsLinked() {
    List<Long> ids = saveBridgeReports(store);
    LinkStore failingForTheSecond = watched((method, args) -> {
      // The second article's quotations are read after its story was written, in the group's transaction.
      if (method.equals("article") && args[0].equals(ids.get(1))) {
        throw new IllegalStateException("unreadable row");
      }
    });
    Map<Long, String> failed = new java.util.HashMap<>();
    new ArticleLinker(failingForTheSecond).linkAll(ids, Map.of(), (id, e) -> failed.put(id, e.getMessage()));
    assertEquals(Map.of(ids.get(1), "unreadable row"), failed);
    assertEquals(2, store.links().linkedArticleCount());
    assertTrue(store.links().storyOf(ids.get(0)).isPresent());
    assertTrue(store.links().storyOf(ids.get(1)).isEmpty());
    assertTrue(store.links().storyOf(ids.get(2)).isPresent());
    // Linking it again once it can be read gives what linking the three in order gives.
    linker.linkAll(List.of(ids.get(1)), Map.of(), (id, e) -> fail("article " + id + ": " + e));
    assertEquals(3, store.links().linkedArticleCount());
  }

  @Test
  void theStorysSpeakersAreReadWithTheArticlesEarlierLinksWritten() {
    String body = BRIDGE_1 + " \"The ferry will run every hour until then,\" Lee added.";
    long a = save("a.txt", null, "Kessock bridge to close", body,
        Quoted.person("We will reopen the Kessock bridge by the spring of next year, whatever the repairs cost.", "Ann Lee"),
        Quoted.person("The ferry will run every hour until then,", "Lee"));
    int[] written = {0};
    List<Integer> writtenAtRead = new java.util.ArrayList<>();
    LinkStore counted = watched((method, args) -> {
      if (method.equals("linkQuotations")) {
        written[0] += ((List<?>) args[2]).size();
      } else if (method.equals("speakersInStory")) {
        writtenAtRead.add(written[0]);
      }
    });
    new ArticleLinker(counted).link(a, null);
    // The bare "Lee" is looked for among the story's speakers, Ann Lee's quotation of this article included.
    assertEquals(List.of(1), writtenAtRead);
    assertEquals(2, written[0]);
    List<Long> speakers = store.links().storyQuotations(store.links().storyOf(a).orElseThrow()).stream().map(LinkedQuote::speakerId).toList();
    assertEquals(2, speakers.size());
    assertEquals(speakers.get(0), speakers.get(1), "Lee is the Ann Lee quoted just before");
  }

  @Test
  void aBareSurnameIsTheSpeakerOfThatNameQuotedInTheStory() {
    List<Long> ids = saveBridgeReports(store);
    linker.linkAll(ids, Map.of(), (id, e) -> fail("article " + id + ": " + e));
    long story = store.links().storyOf(ids.get(0)).orElseThrow();
    assertEquals(story, store.links().storyOf(ids.get(1)).orElseThrow());
    // The second report quotes "Lee"; the first and third, "Ann Lee".
    assertEquals(1, store.links().storyQuotations(story).stream().map(LinkedQuote::speakerId).distinct().count());
    // In a story where no Lee is quoted, a bare "Lee" is someone new.
    long orchard = save("o.txt", LocalDate.of(2025, 3, 2), "Orchard replanted", ORCHARD + " Lee said the trees were healthy.",
        Quoted.person("the trees were healthy", "Lee"));
    linker.link(orchard, null);
    List<Long> orchardSpeakers = store.links().storyQuotations(store.links().storyOf(orchard).orElseThrow()).stream()
        .map(LinkedQuote::speakerId).toList();
    assertEquals(1, orchardSpeakers.size());
    assertNotEquals(store.links().storyQuotations(story).get(0).speakerId(), orchardSpeakers.get(0));
  }

  @Test
  void linkingTwiceChangesNothing() {
    long a = save("a.txt", null, "Kessock bridge to close", BRIDGE_1);
    long story = linker.link(a, null);
    assertEquals(story, linker.link(a, null));
    assertEquals(1, store.links().stories().size());
    assertEquals(1, store.links().linkedArticleCount());
  }

  @Test
  void aMissingArticleIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> linker.link(99, null));
    assertEquals("no article 99 in the store", e.getMessage());
  }
}
