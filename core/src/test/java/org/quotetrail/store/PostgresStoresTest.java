package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Opening PostgreSQL stores; needs the server of {@value TestStores#PG_VARIABLE}, else skipped. */
class PostgresStoresTest {
  @RegisterExtension final TestStores stores = new TestStores();

  @Test
  void createsTheTablesInTheUrlsSchemaAndRecordsTheMigrations() throws Exception {
    String location = stores.location(Backend.POSTGRESQL);
    try (Store store = Store.open(location)) {
      assertEquals(0, store.articleCount());
    }
    String schema = PostgresUrl.parse(location).schema();
    try (Connection c = TestStores.connect(location);
        Statement s = c.createStatement()) {
      assertEquals(schema, single(s, "SELECT table_schema FROM information_schema.tables WHERE table_name = 'articles'"
          + " AND table_schema = '" + schema + "'"));
      assertEquals("t", single(s, "SELECT bool_and(success) FROM flyway_schema_history"));
      assertEquals("1", single(s, "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '2'"
          + " AND script = 'V2__full_text_index.sql'"));
      assertEquals("YES", single(s, "SELECT is_identity FROM information_schema.columns"
          + " WHERE table_schema = '" + schema + "' AND table_name = 'quotations' AND column_name = 'id'"));
    }
  }

  @Test
  void readersDoNotCreateAStore() throws Exception {
    String location = stores.location(Backend.POSTGRESQL);
    StoreException e = assertThrows(StoreException.class, () -> Store.openExisting(location));
    PostgresUrl url = PostgresUrl.parse(location);
    assertEquals("cannot open store " + url + ": no quotetrail store in this database (ingest some articles first)",
        e.getMessage());
    try (Connection c = TestStores.connect(TestStores.postgresUrl());
        Statement s = c.createStatement()) {
      assertEquals("0", single(s, "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '"
          + url.schema() + "'"));
    }
  }

  @Test
  void anotherProgramsTablesAreRefusedAndLeftAlone() throws Exception {
    String location = stores.location(Backend.POSTGRESQL);
    String schema = PostgresUrl.parse(location).schema();
    TestStores.occupy(location);
    StoreException e = assertThrows(StoreException.class, () -> Store.open(location));
    assertTrue(e.getMessage().endsWith(": it is a database of another program, not a quotetrail store"), e.getMessage());
    try (Connection c = TestStores.connect(location);
        Statement s = c.createStatement()) {
      assertEquals("1", single(s, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
          + schema + "'"));
    }
  }

  @Test
  void aWrongPasswordIsReportedWithoutIt() {
    PostgresUrl real = PostgresUrl.parse(TestStores.postgresUrl());
    Assumptions.assumeTrue(real.password() != null, "the test database's URL has no password to get wrong");
    String wrong = "postgresql://" + real.user() + ":Wrong-s3cret@" + real.hosts() + "/" + real.database();
    StoreException e = assertThrows(StoreException.class, () -> Store.open(wrong));
    assertEquals(
        "cannot open store postgresql://" + real.user() + "@" + real.hosts() + "/" + real.database()
            + ": FATAL: password authentication failed for user \"" + real.user() + "\"",
        e.getMessage());
  }

  @Test
  void anUnknownConnectionParameterIsNamed() {
    String location = stores.location(Backend.POSTGRESQL) + "&colour=blue";
    StoreException e = assertThrows(StoreException.class, () -> Store.open(location));
    assertTrue(e.getMessage().endsWith(": unknown connection parameter colour"), e.getMessage());
  }

  @Test
  void connectionsNameQuotetrailToTheServer() throws Exception {
    try (Connection c = TestStores.connect(stores.location(Backend.POSTGRESQL));
        Statement s = c.createStatement()) {
      assertEquals("quotetrail", single(s, "SELECT current_setting('application_name')"));
    }
  }

  @Test
  void aLostConnectionIsToldApartFromARefusedArticle() throws Exception {
    String name = "qt_lost_" + Long.toHexString(System.nanoTime());
    String location = stores.location(Backend.POSTGRESQL) + "&ApplicationName=" + name;
    try (Store store = Store.open(location)) {
      try (Connection c = TestStores.connect(TestStores.postgresUrl());
          Statement s = c.createStatement()) {
        single(s, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '" + name + "'");
      }
      StoreLostException e = assertThrows(
          StoreLostException.class, () -> store.save(Articles.article("a.txt", null, null, "Text.", "Ann Lee")));
      assertTrue(e.getMessage().startsWith("lost the connection to store " + PostgresUrl.parse(location) + ": "),
          e.getMessage());
    }
  }

  private static String single(Statement s, String sql) throws Exception {
    try (ResultSet rows = s.executeQuery(sql)) {
      assertTrue(rows.next(), sql);
      return rows.getString(1);
    }
  }
}
