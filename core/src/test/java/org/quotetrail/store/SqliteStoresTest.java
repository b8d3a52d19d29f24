package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoresTest {
  @TempDir Path dir;

  @Test
  void createsAMigratedDatabaseInWriteAheadMode() throws Exception {
    Path file = dir.resolve("new.db");
    try (Store store = SqliteStores.open(file, true)) {
      assertEquals(0, store.articleCount());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      assertEquals("wal", single(s, "PRAGMA journal_mode"));
      // Versions are text: "10" sorts before "8" unless read as numbers.
      assertEquals("13", single(s, "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1"));
    }
  }

  @Test
  void connectionsEnforceForeignKeysAndWaitForLocks() throws Exception {
    try (Connection c = SqliteStores.dataSource(dir.resolve("fk.db")).getConnection();
        Statement s = c.createStatement()) {
      assertEquals("1", single(s, "PRAGMA foreign_keys"));
      assertEquals(String.valueOf(SqliteStores.BUSY_TIMEOUT_MILLIS), single(s, "PRAGMA busy_timeout"));
      assertEquals(String.valueOf(-SqliteStores.CACHE_KIB), single(s, "PRAGMA cache_size"));
      assertEquals(String.valueOf(SqliteStores.CHECKPOINT_PAGES), single(s, "PRAGMA wal_autocheckpoint"));
    }
  }

  @Test
  void aWriterWaitingForTheLockGetsItBetweenAnotherWritersLongTransactions() throws Exception {
    Path file = dir.resolve("turns.db");
    int transactions = 40;
    try (Store holding = SqliteStores.open(file, true); Store waiting = SqliteStores.open(file, true)) {
      CountDownLatch locked = new CountDownLatch(1);
      AtomicInteger committed = new AtomicInteger();
      Thread holder = new Thread(() -> {
        for (int i = 0; i < transactions; i++) {
          holding.links().inTransaction(() -> {
            holding.links().nextGeneration();
            locked.countDown();
            sleep(Transactions.LONG_HOLD.toMillis() + 5);
            return null;
          });
          committed.incrementAndGet();
        }
      });
      holder.start();
      locked.await();
      waiting.save(Articles.article("a.txt", null, null, "\"We wait our turn,\" Ann Lee said.", "Ann Lee", "We wait our turn,"));
      int committedBefore = committed.get();
      holder.join();
      // Without the pause after each long transaction, the waiting writer found the lock free only after the last.
      assertTrue(committedBefore < transactions / 2, "saved only after " + committedBefore + " of the other's transactions");
      assertEquals(1, waiting.articleCount());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anEmptyFileBecomesAStore() throws Exception {
    Path file = Files.createFile(dir.resolve("empty.db"));
    try (Store store = SqliteStores.open(file, true)) {
      assertEquals(0, store.articleCount());
    }
  }

  @Test
  void aFileOfAnotherKindIsRefusedAndLeftAlone() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.db"), "shopping list\n");
    StoreException e = assertThrows(StoreException.class, () -> SqliteStores.open(file, true));
    assertEquals("cannot open store " + file + ": not a SQLite database", e.getMessage());
    assertEquals("shopping list\n", Files.readString(file));
  }

  @Test
  void anotherProgramsDatabaseIsRefusedAndLeftAlone() throws Exception {
    Path file = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE recipes (name TEXT)");
    }
    StoreException e = assertThrows(StoreException.class, () -> SqliteStores.open(file, true));
    assertEquals(
        "cannot open store " + file + ": it is a database of another program, not a quotetrail store",
        e.getMessage());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      assertEquals("0", single(s, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles'"));
    }
  }

  @Test
  void aDamagedDatabaseGivesOneLineNamingTheFile() throws Exception {
    Path file = dir.resolve("damaged.db");
    byte[] bytes = new byte[8192];
    byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);
    java.util.Arrays.fill(bytes, header.length, bytes.length, (byte) 0x5a);
    Files.write(file, bytes);
    StoreException e = assertThrows(StoreException.class, () -> SqliteStores.open(file, true));
    assertTrue(e.getMessage().startsWith("cannot open store " + file + ": "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void aMissingFolderIsNamed() {
    Path file = dir.resolve("no/such/folder/q.db");
    StoreException e = assertThrows(StoreException.class, () -> SqliteStores.open(file, true));
    assertEquals("cannot open store " + file + ": no such folder " + file.getParent(), e.getMessage());
  }

  @Test
  void readersDoNotCreateAMissingStore() {
    Path file = dir.resolve("absent.db");
    StoreException e = assertThrows(StoreException.class, () -> SqliteStores.open(file, false));
    assertEquals("cannot open store " + file + ": no such file (ingest some articles first)", e.getMessage());
    assertFalse(Files.exists(file));
  }

  @Test
  void aFolderIsNotAStore() {
    StoreException e = assertThrows(StoreException.class, () -> SqliteStores.open(dir, true));
    assertEquals("cannot open store " + dir + ": it is a folder, not a file", e.getMessage());
  }

  private static String single(Statement s, String sql) throws Exception {
    try (ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
