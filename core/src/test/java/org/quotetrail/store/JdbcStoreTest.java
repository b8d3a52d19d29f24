package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static java.util.stream.IntStream.range;
import static org.quotetrail.store.Articles.article;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.QuotePlace;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.text.Span;

/** The store's behaviour, the same on every backend. */
class JdbcStoreTest {
  @RegisterExtension final TestStores stores = new TestStores();

  private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
  private static final String BODY = "\"We will build the bridge,\" Owen Smith said.\n\nThe vote is on Monday.";

  private Store open(Backend backend) {
    return Store.open(stores.location(backend));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void savedQuotationsReadBackWithTheirArticle(Backend backend) {
    ExtractedArticle saved = article("a.txt", "The Daily Example", MAY_1, BODY, "Owen Smith", "We will build the bridge,");
    try (Store store = open(backend)) {
      SaveResult result = store.save(saved);
      assertFalse(result.alreadyStored());
      List<StoredQuotation> found = store.quotations(QuotationQuery.ALL);
      assertEquals(1, found.size());
      StoredQuotation q = found.get(0);
      assertEquals(result.articleId(), q.articleId());
      assertEquals("a.txt", q.source());
      assertEquals("https://example.org/a.txt", q.url());
      assertEquals("The Daily Example", q.outlet());
      assertEquals("Title of a.txt", q.title());
      assertEquals(MAY_1, q.published());
      assertEquals(0, q.ordinal());
      assertEquals(saved.quotes().get(0), q.quotation());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void storedArticlesSurviveReopening(Backend backend) {
    try (Store store = open(backend)) {
      store.save(article("a.txt", null, null, BODY, "Owen Smith", "We will build the bridge,"));
    }
    try (Store store = open(backend)) {
      assertEquals(1, store.articleCount());
      StoredQuotation q = store.quotations(QuotationQuery.ALL).get(0);
      assertNull(q.published());
      assertNull(q.outlet());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void sameBodyWithOtherWhiteSpaceIsAlreadyStored(Backend backend) {
    String reflowed = "  \"We will build the bridge,\"   Owen\nSmith said.\tThe vote is on Monday.\n";
    try (Store store = open(backend)) {
      SaveResult first = store.save(article("a.txt", "Outlet A", MAY_1, BODY, "Owen Smith", "We will build the bridge,"));
      SaveResult second = store.save(article("b.txt", "Outlet B", null, reflowed, "Owen Smith"));
      assertTrue(second.alreadyStored());
      assertEquals(first.articleId(), second.articleId());
      assertEquals(1, store.articleCount());
      List<StoredQuotation> found = store.quotations(QuotationQuery.ALL);
      assertEquals(1, found.size());
      assertEquals("a.txt", found.get(0).source());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void aRefusedArticleLeavesNoTraceAndTheOthersStay(Backend backend) throws Exception {
    try (Store store = open(backend)) {
      store.save(article("a.txt", null, MAY_1, "First article.", "Owen Smith"));
      refuseQuotationText(backend, "boom");
      String body = "\"Fine,\" he said. \"boom\" he added.";
      ExtractedArticle refused = article("b.txt", null, MAY_1, body, "Ann Lee", "Fine,", "boom");
      StoreException e = assertThrows(StoreException.class, () -> store.save(refused));
      assertTrue(e.getMessage().contains("refused by test"), e.getMessage());
      store.save(article("c.txt", null, MAY_1, "Third article.", "Owen Smith"));
      assertEquals(2, store.articleCount());
      assertTrue(store.quotations(QuotationQuery.ALL).isEmpty(), "the refused article's first quotation was rolled back");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void aGroupIsSeenWhenItClosesAndARefusedArticleInItIsUndoneAlone(Backend backend) throws Exception {
    try (Store store = open(backend); Store reader = open(backend)) {
      refuseQuotationText(backend, "boom");
      String body = "\"Fine,\" he said. \"boom\" he added.";
      try (Store.Group group = store.beginGroup()) {
        store.save(article("a.txt", null, MAY_1, "First article.", "Owen Smith"));
        ExtractedArticle refused = article("b.txt", null, MAY_1, body, "Ann Lee", "Fine,", "boom");
        assertThrows(StoreException.class, () -> store.save(refused));
        store.save(article("c.txt", null, MAY_1, "\"Third,\" she said.", "Ann Lee", "Third,"));
        assertEquals(0, reader.articleCount(), "another connection sees nothing before the group commits");
      }
      assertEquals(2, reader.articleCount());
      assertEquals(List.of("Third,"), texts(reader.quotations(QuotationQuery.ALL)));
      assertEquals(List.of("Third,"), texts(reader.quotations(QuotationQuery.ALL.withSpeaker("Lee"))),
          "the speaker words of the refused article's first quotation were rolled back with it");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void twoWritersSavingInGroupsInOppositeOrdersStoreEachArticleOnce(Backend backend) throws Exception {
    String location = stores.location(backend);
    try (Store created = Store.open(location)) {
      assertEquals(0, created.articleCount());
    }
    // Each holds the rows it saved until its group commits, and wants the other's next: on
    // PostgreSQL one of them is chosen to fail to break the deadlock, and must save anyway.
    List<Callable<List<SaveResult>>> writers = List.of(
        () -> saveInGroups(location, range(0, 40).toArray()),
        () -> saveInGroups(location, range(0, 40).map(i -> 39 - i).toArray()));
    List<SaveResult> results = allAtOnce(writers);
    assertEquals(40, results.stream().filter(r -> !r.alreadyStored()).count());
    try (Store store = Store.open(location)) {
      assertEquals(40, store.articleCount());
      assertEquals(40, Set.copyOf(texts(store.quotations(QuotationQuery.ALL))).size());
    }
  }

  private static List<SaveResult> saveInGroups(String location, int[] numbers) {
    List<SaveResult> results = new ArrayList<>();
    try (Store store = Store.open(location); GroupCommits commits = new GroupCommits(store)) {
      for (int i : numbers) {
        results.add(store.save(numbered(i)));
        commits.unitDone();
      }
    }
    return results;
  }

  /** Makes the database itself refuse a quotation midway through saving an article. */
  private void refuseQuotationText(Backend backend, String text) throws Exception {
    try (Connection c = TestStores.connect(stores.location(backend));
        Statement s = c.createStatement()) {
      if (backend == Backend.SQLITE) {
        s.execute("CREATE TRIGGER refuse BEFORE INSERT ON quotations WHEN new.text = '" + text
            + "' BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
      } else {
        s.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF new.text = '" + text
            + "' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN new; END $$");
        s.execute("CREATE TRIGGER refuse BEFORE INSERT ON quotations FOR EACH ROW EXECUTE FUNCTION refuse()");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void speakerMatchesWholeNameOrWordsOfItInAnyCase(Backend backend) {
    try (Store store = open(backend)) {
      store.save(article("a.txt", null, MAY_1, "\"Yes,\" said Owen Smith. \"No,\" said Ann Lee.", "Owen Smith", "Yes,"));
      store.save(article("b.txt", null, MAY_1, "\"Maybe,\" said Ann Smithers.", "Ann Smithers", "Maybe,"));
      assertEquals(List.of("Yes,"), texts(store.quotations(QuotationQuery.ALL.withSpeaker("smith"))));
      assertEquals(List.of("Yes,"), texts(store.quotations(QuotationQuery.ALL.withSpeaker("OWEN  smith"))));
      assertEquals(List.of("Maybe,"), texts(store.quotations(QuotationQuery.ALL.withSpeaker("Ann"))));
      assertEquals(List.of(), texts(store.quotations(QuotationQuery.ALL.withSpeaker("Smi"))));
      assertEquals(List.of(), texts(store.quotations(QuotationQuery.ALL.withSpeaker("%"))));
      assertEquals(List.of(), texts(store.quotations(QuotationQuery.ALL.withSpeaker("Smith Owen"))));
      assertEquals(List.of(), texts(store.quotations(QuotationQuery.ALL.withSpeaker("Owen Lee"))));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void speakerWordsGoWithTheirQuotations(Backend backend) throws Exception {
    try (Store store = open(backend)) {
      store.save(article("a.txt", null, MAY_1, "\"Yes,\" said Jean-Luc Jean.", "Jean-Luc Jean", "Yes,"));
      store.save(article("b.txt", null, MAY_1, "\"No,\" said Ann Lee.", "Ann Lee", "No,"));
    }
    try (Connection c = TestStores.connect(stores.location(backend));
        Statement s = c.createStatement()) {
      assertEquals(List.of("ann", "jean", "lee", "luc"),
          strings(s, "SELECT word FROM speaker_words ORDER BY word"));
      if (backend == Backend.SQLITE) {
        s.execute("PRAGMA foreign_keys = ON");  // as the store's own connections have it
      }
      s.execute("DELETE FROM articles WHERE source = 'b.txt'");
      assertEquals(List.of("jean", "luc"), strings(s, "SELECT word FROM speaker_words ORDER BY word"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void migrationNineFindsTheSpeakersOfQuotationsStoredBeforeIt(Backend backend) throws Exception {
    String location = migratedTo(backend, "8");
    try (Connection c = TestStores.connect(location);
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO articles (source, content_hash, body, ingested_at) VALUES ('a.txt', 'h', 'b', CURRENT_TIMESTAMP)");
      String quotation = "INSERT INTO quotations (article_id, ordinal, text, begin_offset, end_offset, kind, speaker_name,"
          + " speaker_key, speaker_type, confidence) VALUES ((SELECT id FROM articles), %d, '%s', 0, 3, 'direct', %s, %s, 'person', 1)";
      s.execute(String.format(quotation, 0, "Yes", "'Owen O''Neill'", "' owen o''neill '"));
      s.execute(String.format(quotation, 1, "Nay", "'Ann Lee'", "' ann lee '"));
      s.execute(String.format(quotation, 2, "Why", "NULL", "NULL"));
    }
    try (Store store = open(backend)) {
      assertEquals(List.of("Yes"), texts(store.quotations(QuotationQuery.ALL.withSpeaker("o'neill"))));
      assertEquals(List.of("Nay"), texts(store.quotations(QuotationQuery.ALL.withSpeaker("ANN LEE"))));
      assertEquals(3, store.quotations(QuotationQuery.ALL).size());
    }
  }

  /** A new store of {@code backend} whose schema is migrated only up to {@code version}; its location. */
  private String migratedTo(Backend backend, String version) {
    String location = stores.location(backend);
    PostgresUrl url = backend == Backend.POSTGRESQL ? PostgresUrl.parse(location) : null;
    Migrations.configure(url == null ? SqliteStores.dataSource(Path.of(location)) : PostgresStores.dataSource(url),
        url == null ? Dialect.SQLITE : Dialect.POSTGRESQL, url == null ? null : url.schema()).target(version).load().migrate();
    return location;
  }

  private static List<String> strings(Statement s, String sql) throws Exception {
    List<String> found = new ArrayList<>();
    try (ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        found.add(rows.getString(1));
      }
    }
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void aHeadlineQuotationKeepsItsPlace(Backend backend) {
    String title = "Brink: bridge will reopen";
    Quotation headline = new Quotation("bridge will reopen", 7, 25, QuoteKind.INDIRECT, ":", new Speaker("Ada Brink",
        SpeakerType.PERSON, "Brink", null), 0.8, "headline", List.of(new Span(7, 25)), QuotePlace.TITLE);
    Quotation body = new Quotation("Soon", 1, 5, QuoteKind.DIRECT, null, Speaker.UNKNOWN, 0.2, "none");
    try (Store store = open(backend)) {
      long id = store.save(new ExtractedArticle("a.txt", null, null, title, null, null, "\"Soon\" was all.",
          List.of(headline, body))).articleId();
      List<Quotation> read = store.quotations(QuotationQuery.ALL).stream().map(StoredQuotation::quotation).toList();
      assertEquals(List.of(headline, body), read);
      assertEquals(QuotePlace.TITLE, store.browser().article(id).orElseThrow().quotations().get(0).quotation().place());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void migrationTwelvePlacesQuotationsStoredBeforeItInTheBody(Backend backend) throws Exception {
    String location = migratedTo(backend, "11");
    try (Connection c = TestStores.connect(location);
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO articles (source, content_hash, body, ingested_at) VALUES ('a.txt', 'h', 'b', CURRENT_TIMESTAMP)");
      s.execute("INSERT INTO quotations (article_id, ordinal, text, begin_offset, end_offset, kind, speaker_type, confidence)"
          + " VALUES ((SELECT id FROM articles), 0, 'Yes', 0, 3, 'direct', 'unknown', 1)");
    }
    try (Store store = open(backend)) {
      assertEquals(QuotePlace.BODY, store.quotations(QuotationQuery.ALL).get(0).quotation().place());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void unknownSpeakersAreListedButNeverMatchAName(Backend backend) {
    Quotation unattributed = new Quotation("Soon", 1, 5, QuoteKind.DIRECT, null, Speaker.UNKNOWN, 0.2, "none");
    try (Store store = open(backend)) {
      store.save(new ExtractedArticle("a.txt", null, null, null, null, null, "\"Soon\" was all.", List.of(unattributed)));
      assertEquals(List.of("Soon"), texts(store.quotations(QuotationQuery.ALL)));
      assertEquals(List.of(), texts(store.quotations(QuotationQuery.ALL.withSpeaker("unknown"))));
      assertEquals(SpeakerType.UNKNOWN, store.quotations(QuotationQuery.ALL).get(0).quotation().speaker().type());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void outletFilterAndOrderByDateThenArticleThenPosition(Backend backend) {
    try (Store store = open(backend)) {
      store.save(article("late.txt", "The Guardian Example", LocalDate.of(2024, 6, 1), "\"C\" and \"D\".", "X", "C", "D"));
      store.save(article("undated.txt", "The Guardian Example", null, "\"E\".", "X", "E"));
      store.save(article("early.txt", "Other Times", LocalDate.of(2024, 1, 1), "\"A\" and \"B\".", "X", "A", "B"));
      assertEquals(List.of("A", "B", "C", "D", "E"), texts(store.quotations(QuotationQuery.ALL)));
      assertEquals(List.of("C", "D", "E"), texts(store.quotations(QuotationQuery.ALL.withOutlet("guardian"))));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void fullTextIndexHoldsBodiesAndQuotations(Backend backend) throws Exception {
    try (Store store = open(backend)) {
      store.save(article("a.txt", null, MAY_1, BODY, "Owen Smith", "We will build the bridge,"));
    }
    try (Connection c = TestStores.connect(stores.location(backend));
        Statement s = c.createStatement()) {
      assertEquals(1, count(s, wordSearch(backend, "articles", "monday")));
      assertEquals(1, count(s, wordSearch(backend, "quotations", "bridge")));
      assertEquals(0, count(s, wordSearch(backend, "quotations", "monday")));
    }
  }

  /** SQL counting the rows of {@code table} whose text has {@code word}, with the backend's own index. */
  private static String wordSearch(Backend backend, String table, String word) {
    boolean articles = table.equals("articles");
    if (backend == Backend.SQLITE) {
      String index = articles ? "article_text" : "quotation_text";
      return "SELECT COUNT(*) FROM " + index + " WHERE " + index + " MATCH '" + word + "'";
    }
    String column = articles ? "body_words" : "text_words";
    return "SELECT COUNT(*) FROM " + table + " WHERE " + column + " @@ to_tsquery('simple', '" + word + "')";
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void twoWritersAtOnceStoreEachArticleOnceAndLoseNone(Backend backend) throws Exception {
    String location = stores.location(backend);
    // Both writers save articles 10..29 first, at the same time, then ten of their own.
    List<Callable<List<SaveResult>>> writers =
        List.of(() -> save(location, range(10, 30), range(0, 10)), () -> save(location, range(10, 30), range(30, 40)));
    List<SaveResult> results = allAtOnce(writers);
    assertEquals(40, results.stream().filter(r -> !r.alreadyStored()).count());
    assertEquals(20, results.stream().filter(SaveResult::alreadyStored).count());
    try (Store store = Store.open(location)) {
      assertEquals(40, store.articleCount());
      List<String> quoted = texts(store.quotations(QuotationQuery.ALL));
      assertEquals(40, quoted.size());
      assertEquals(40, Set.copyOf(quoted).size());
    }
  }

  /** Runs the {@code writers} on threads of their own at the same time and returns all they saved. */
  private static List<SaveResult> allAtOnce(List<Callable<List<SaveResult>>> writers) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(writers.size());
    List<SaveResult> results = new ArrayList<>();
    try {
      for (Future<List<SaveResult>> done : threads.invokeAll(writers)) {
        results.addAll(done.get());
      }
    } finally {
      threads.shutdown();
    }
    return results;
  }

  /** Article number {@code i} of the concurrency tests: one quotation, its text unique to it. */
  private static ExtractedArticle numbered(int i) {
    String body = "\"Number " + i + " is done,\" Owen Smith said of the item.";
    return article("n" + i + ".txt", null, MAY_1, body, "Owen Smith", "Number " + i + " is done,");
  }

  /** Opens its own store at {@code location} and saves the numbered articles of {@code first}, then {@code then}. */
  private static List<SaveResult> save(String location, IntStream first, IntStream then) {
    List<SaveResult> results = new ArrayList<>();
    try (Store store = Store.open(location)) {
      for (int i : IntStream.concat(first, then).toArray()) {
        results.add(store.save(numbered(i)));
      }
    }
    return results;
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static List<String> texts(List<StoredQuotation> found) {
    return found.stream().map(q -> q.quotation().text()).toList();
  }
}
