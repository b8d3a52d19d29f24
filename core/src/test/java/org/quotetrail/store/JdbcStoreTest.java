package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotetrail.store.Articles.article;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;

class JdbcStoreTest {
  @TempDir Path dir;

  private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
  private static final String BODY = "\"We will build the bridge,\" Owen Smith said.\n\nThe vote is on Monday.";

  private Store open() {
    return Store.open(dir.resolve("test.db").toString());
  }

  @Test
  void savedQuotationsReadBackWithTheirArticle() {
    ExtractedArticle saved = article("a.txt", "The Daily Example", MAY_1, BODY, "Owen Smith", "We will build the bridge,");
    try (Store store = open()) {
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

  @Test
  void storedArticlesSurviveReopening() {
    try (Store store = open()) {
      store.save(article("a.txt", null, null, BODY, "Owen Smith", "We will build the bridge,"));
    }
    try (Store store = open()) {
      assertEquals(1, store.articleCount());
      StoredQuotation q = store.quotations(QuotationQuery.ALL).get(0);
      assertNull(q.published());
      assertNull(q.outlet());
    }
  }

  @Test
  void sameBodyWithOtherWhiteSpaceIsAlreadyStored() {
    String reflowed = "  \"We will build the bridge,\"   Owen\nSmith said.\tThe vote is on Monday.\n";
    try (Store store = open()) {
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

  @Test
  void aRefusedArticleLeavesNoTraceAndTheOthersStay() throws Exception {
    try (Store store = open()) {
      store.save(article("a.txt", null, MAY_1, "First article.", "Owen Smith"));
      refuseQuotationText("boom");
      String body = "\"Fine,\" he said. \"boom\" he added.";
      ExtractedArticle refused = article("b.txt", null, MAY_1, body, "Ann Lee", "Fine,", "boom");
      StoreException e = assertThrows(StoreException.class, () -> store.save(refused));
      assertTrue(e.getMessage().contains("refused by test"), e.getMessage());
      store.save(article("c.txt", null, MAY_1, "Third article.", "Owen Smith"));
      assertEquals(2, store.articleCount());
      assertTrue(store.quotations(QuotationQuery.ALL).isEmpty(), "the refused article's first quotation was rolled back");
    }
  }

  /** Makes the database itself refuse a quotation midway through saving an article. */
  private void refuseQuotationText(String text) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
        Statement s = c.createStatement()) {
      s.execute("CREATE TRIGGER refuse BEFORE INSERT ON quotations WHEN new.text = '" + text
          + "' BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
    }
  }

  @Test
  void speakerMatchesWholeNameOrWordsOfItInAnyCase() {
    try (Store store = open()) {
      store.save(article("a.txt", null, MAY_1, "\"Yes,\" said Owen Smith. \"No,\" said Ann Lee.", "Owen Smith", "Yes,"));
      store.save(article("b.txt", null, MAY_1, "\"Maybe,\" said Ann Smithers.", "Ann Smithers", "Maybe,"));
      assertEquals(List.of("Yes,"), texts(store.quotations(QuotationQuery.ALL.withSpeaker("smith"))));
      assertEquals(List.of("Yes,"), texts(store.quotations(QuotationQuery.ALL.withSpeaker("OWEN  smith"))));
      assertEquals(List.of("Maybe,"), texts(store.quotations(QuotationQuery.ALL.withSpeaker("Ann"))));
      assertEquals(List.of(), texts(store.quotations(QuotationQuery.ALL.withSpeaker("Smi"))));
      assertEquals(List.of(), texts(store.quotations(QuotationQuery.ALL.withSpeaker("%"))));
    }
  }

  @Test
  void unknownSpeakersAreListedButNeverMatchAName() {
    Quotation unattributed = new Quotation("Soon", 1, 5, QuoteKind.DIRECT, null, Speaker.UNKNOWN, 0.2, "none");
    try (Store store = open()) {
      store.save(new ExtractedArticle("a.txt", null, null, null, null, null, "\"Soon\" was all.", List.of(unattributed)));
      assertEquals(List.of("Soon"), texts(store.quotations(QuotationQuery.ALL)));
      assertEquals(List.of(), texts(store.quotations(QuotationQuery.ALL.withSpeaker("unknown"))));
      assertEquals(SpeakerType.UNKNOWN, store.quotations(QuotationQuery.ALL).get(0).quotation().speaker().type());
    }
  }

  @Test
  void outletFilterAndOrderByDateThenArticleThenPosition() {
    try (Store store = open()) {
      store.save(article("late.txt", "The Guardian Example", LocalDate.of(2024, 6, 1), "\"C\" and \"D\".", "X", "C", "D"));
      store.save(article("undated.txt", "The Guardian Example", null, "\"E\".", "X", "E"));
      store.save(article("early.txt", "Other Times", LocalDate.of(2024, 1, 1), "\"A\" and \"B\".", "X", "A", "B"));
      assertEquals(List.of("A", "B", "C", "D", "E"), texts(store.quotations(QuotationQuery.ALL)));
      assertEquals(List.of("C", "D", "E"), texts(store.quotations(QuotationQuery.ALL.withOutlet("guardian"))));
    }
  }

  @Test
  void fullTextIndexHoldsBodiesAndQuotations() throws Exception {
    try (Store store = open()) {
      store.save(article("a.txt", null, MAY_1, BODY, "Owen Smith", "We will build the bridge,"));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
        Statement s = c.createStatement()) {
      assertEquals(1, count(s, "SELECT COUNT(*) FROM article_text WHERE article_text MATCH 'monday'"));
      assertEquals(1, count(s, "SELECT COUNT(*) FROM quotation_text WHERE quotation_text MATCH 'bridge'"));
      assertEquals(0, count(s, "SELECT COUNT(*) FROM quotation_text WHERE quotation_text MATCH 'monday'"));
    }
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
