package org.quotetrail.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens stores kept in a SQLite database file: checks the file first, so that a missing folder
 * or a file of another kind gets one plain sentence; then migrates the schema and connects with
 * write-ahead logging (readers do not wait for a writer), foreign keys enforced, and a busy timeout
 * and write transactions that lock when they begin, so that two commands writing at once wait their
 * turn instead of failing.
 */
final class SqliteStores {
  /** How long a statement waits for another connection's write lock before failing. */
  static final int BUSY_TIMEOUT_MILLIS = 10_000;

  /**
   * The page cache of each connection, in KiB (SQLite reads a negative cache size so): 64 MB, which
   * holds the indexes and much of the tables of a store of 10,000 articles (about 170 MB), so that
   * pages and API calls of a server read memory and not the file. The default, 2 MB, made the
   * store's pages come from the operating system's cache at every request; and linking, which
   * updates index pages all over a growing store (feature counts, postings), read them back from the
   * file at every article. It grows only as pages are read.
   */
  static final int CACHE_KIB = 64 * 1024;

  /**
   * Pages the write-ahead log may hold before a commit copies them into the database (SQLite's
   * default is 1,000): 10,000 pages, 40 MB. Linking rewrites the same pages (feature counts,
   * postings, a story's row) at every article; a checkpoint copies a page once however many commits
   * wrote it, so a longer log copies far fewer pages. At 1,000 pages a checkpoint came every dozen
   * articles and took a tenth of ingest's time.
   */
  static final int CHECKPOINT_PAGES = 10_000;

  /** How often opening tries to migrate while another process migrates the same file. */
  private static final int MIGRATION_ATTEMPTS = 20;

  /** The first 16 bytes of every SQLite 3 database file. */
  private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private SqliteStores() {}

  /** Opens the store in {@code file}, creating the file when missing if {@code create} says so. */
  static Store open(Path file, boolean create) {
    String location = file.toString();
    if (!create && !Files.exists(file)) {
      throw new StoreException("cannot open store " + location + ": no such file (ingest some articles first)");
    }
    check(file, location);
    SQLiteDataSource database = dataSource(file);
    migrate(database, location);
    try {
      Connection connection = database.getConnection();
      BusyHandler.setHandler(connection, new PollingForLock());
      return new JdbcStore(connection, location);
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + location + ": " + StoreException.reason(e), e);
    }
  }

  /**
   * Migrates the schema, trying again while another process is migrating the same file: two
   * commands started at once on a new store both find it empty, and SQLite reports the loser's
   * write as "busy" at once, without waiting (a snapshot that went stale cannot wait). Flyway runs
   * each migration in a transaction, so a try that lost left nothing behind.
   */
  private static void migrate(SQLiteDataSource database, String location) {
    for (int attempt = 1; ; attempt++) {
      try {
        Migrations.apply(database, Dialect.SQLITE, null, location);
        return;
      } catch (StoreException e) {
        if (attempt == MIGRATION_ATTEMPTS || !isBusy(e)) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  private static boolean isBusy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException sqlite) {
        int primary = sqlite.getResultCode().code & 0xff;
        return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
      }
    }
    return false;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * Math.min(attempt, 10)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for another process to set up the store", e);
    }
  }

  /** Connections to {@code file} set up as this class describes. */
  static SQLiteDataSource dataSource(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // With a write-ahead log, NORMAL cannot corrupt the database; a power cut may lose the last
    // commits, which ingest can redo. FULL would sync the disk at every article (5 ms each).
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setCacheSize(-CACHE_KIB);
    config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, String.valueOf(CHECKPOINT_PAGES));
    // A group saves each article in a savepoint, which journals the pages it changes: in memory,
    // not in a temporary file, where they were a third of ingest's page writes.
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    // A transaction takes the write lock when it begins, waiting its turn: a deferred one that
    // read first can be refused at once ("database is locked") when another process writes.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource database = new SQLiteDataSource(config);
    database.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return database;
  }

  /**
   * Waits for another connection's lock by trying again every millisecond, for up to {@link
   * #BUSY_TIMEOUT_MILLIS}. SQLite's own wait sleeps up to 100 ms between tries, and so would hardly
   * ever find the lock free in the pause a writer leaves between long transactions ({@link
   * Transactions#HAND_OVER}).
   */
  private static final class PollingForLock extends BusyHandler {
    private long firstTry;

    @Override
    protected int callback(int triesBefore) {
      if (triesBefore == 0) {
        firstTry = System.nanoTime();
      } else if (System.nanoTime() - firstTry >= TimeUnit.MILLISECONDS.toNanos(BUSY_TIMEOUT_MILLIS)) {
        return 0;
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      }
      return 1;
    }
  }

  /** Refuses, naming the file, a location SQLite could not use or would misreport. */
  private static void check(Path file, String location) {
    Path folder = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new StoreException("cannot open store " + location + ": it is a folder, not a file");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new StoreException("cannot open store " + location + ": no such folder " + folder);
    }
    // SQLite writes its journal files beside the database, so the folder must be writable too.
    if (!Files.isWritable(folder)) {
      throw new StoreException("cannot open store " + location + ": folder " + folder + " is not writable");
    }
    if (Files.exists(file)) {
      if (!Files.isReadable(file) || !Files.isWritable(file)) {
        throw new StoreException("cannot open store " + location + ": file is not readable and writable");
      }
      if (!isSqliteOrEmpty(file, location)) {
        throw new StoreException("cannot open store " + location + ": not a SQLite database");
      }
    }
  }

  private static boolean isSqliteOrEmpty(Path file, String location) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(HEADER.length);
      return start.length == 0 || Arrays.equals(start, HEADER);
    } catch (IOException e) {
      throw new StoreException("cannot open store " + location + ": " + e.getMessage(), e);
    }
  }
}
