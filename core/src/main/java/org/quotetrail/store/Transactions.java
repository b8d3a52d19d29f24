package org.quotetrail.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;

/**
 * The transactions of one connection. A unit of work (one article saved, one article linked) is
 * all or nothing. Alone, a unit is a transaction of its own; inside a {@linkplain #beginGroup()
 * group} it is a savepoint of the group's transaction, so that many units share one commit. SQLite
 * writes its log and full-text segments and PostgreSQL flushes its log once per commit: with a
 * commit per unit, commits took about a third of ingest's time.
 */
final class Transactions {
  /** Work on the connection that may fail with a {@link SQLException}. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  /** Rolling back, which may fail too. */
  @FunctionalInterface
  private interface Undo {
    void run() throws SQLException;
  }

  /** PostgreSQL's SQL state for a transaction chosen to fail to break a deadlock. */
  private static final String DEADLOCK = "40P01";

  /**
   * How long a transaction holds the write lock before this connection, once it commits, waits
   * {@link #HAND_OVER} before it may begin another (when it {@linkplain #Transactions hands the lock
   * over}).
   */
  static final Duration LONG_HOLD = Duration.ofMillis(20);

  /** The wait after a long transaction: two of the polls another SQLite connection makes for the lock. */
  static final Duration HAND_OVER = Duration.ofMillis(2);

  private final Connection connection;
  private final boolean handsOverLock;
  private boolean grouped;
  private long began;

  /**
   * The transactions of {@code connection}. If {@code handsOverLock}, a transaction that held the
   * lock for {@link #LONG_HOLD} or more is followed by a pause of {@link #HAND_OVER}: on SQLite a
   * writer of another process polls for the write lock ({@link SqliteStores}), and would hardly ever
   * find it free between this one's back-to-back transactions (linking, a group of articles after
   * another). PostgreSQL queues its waiters itself.
   */
  Transactions(Connection connection, boolean handsOverLock) {
    this.connection = connection;
    this.handsOverLock = handsOverLock;
  }

  /**
   * Runs {@code work} as one unit: when it throws, nothing it wrote stays and the exception comes
   * out, with any failure of the rollback suppressed in it.
   */
  <T> T unit(Work<T> work) throws SQLException {
    if (grouped) {
      if (connection.getAutoCommit()) {
        // The group's transaction begins with its first unit, so an idle group holds no lock.
        begin();
      }
      try {
        return inSavepoint(work);
      } catch (SQLException e) {
        if (!DEADLOCK.equals(e.getSQLState())) {
          throw e;
        }
        // Another writer's group waits for a row this group wrote while this unit waits for one of
        // theirs (two ingests of overlapping inputs on PostgreSQL): commit what this group did, so
        // that the other can go on, and do the unit again.
        connection.commit();
        return inSavepoint(work);
      }
    }
    begin();
    T result;
    try {
      result = work.run();
      // Returning to auto-commit commits; commit() would, on SQLite, also begin the next
      // transaction, taking the write lock again only to give it back.
      connection.setAutoCommit(true);
    } catch (SQLException | RuntimeException e) {
      undo(e, this::rollbackToAutoCommit);
      throw e;
    }
    handOver();
    return result;
  }

  private <T> T inSavepoint(Work<T> work) throws SQLException {
    Savepoint before = connection.setSavepoint();
    try {
      T result = work.run();
      connection.releaseSavepoint(before);
      return result;
    } catch (SQLException | RuntimeException e) {
      undo(e, () -> connection.rollback(before));
      throw e;
    }
  }

  /** Begins a group: the units that follow share one transaction, until {@link #endGroup()}. */
  void beginGroup() throws SQLException {
    if (grouped) {
      throw new IllegalStateException("a group of units is open already");
    }
    grouped = true;
  }

  /** Commits the units of the open group (each is whole: a failed one was rolled back alone) and ends it. */
  void endGroup() throws SQLException {
    if (!grouped) {
      return;
    }
    grouped = false;
    if (connection.getAutoCommit()) {
      return;
    }
    try {
      // Returning to auto-commit commits (JDBC says so); commit() would, on SQLite, also begin the
      // next transaction, waiting for the write lock again only to end it at once.
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      undo(e, this::rollbackToAutoCommit);
      throw e;
    }
    handOver();
  }

  private void begin() throws SQLException {
    connection.setAutoCommit(false);
    began = System.nanoTime();
  }

  /**
   * Pauses after a long transaction, if this connection hands the lock over. The work is committed
   * by then, so an interrupt only cuts the pause short (and stays set), it does not fail the work.
   */
  private void handOver() {
    if (!handsOverLock || System.nanoTime() - began < LONG_HOLD.toNanos()) {
      return;
    }
    try {
      Thread.sleep(HAND_OVER.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Undoes work that failed with {@code cause}; a failure of the undoing is kept with the cause. */
  private static void undo(Exception cause, Undo undo) {
    try {
      undo.run();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private void rollbackToAutoCommit() throws SQLException {
    connection.rollback();
    connection.setAutoCommit(true);
  }
}
