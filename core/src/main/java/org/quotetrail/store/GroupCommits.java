package org.quotetrail.store;

import java.time.Duration;

/**
 * Commits a long run of work on a store in groups ({@link Store#beginGroup}): the caller says when
 * each unit (an article saved, say) is done, and a group is committed once it
 * holds {@link #MAX_UNITS} units or is {@link #MAX_AGE} old, whichever comes first. So commits cost
 * little per article, while readers see new work within about a second and a crash loses at most
 * that second's work. Closing commits the open group.
 */
public final class GroupCommits implements AutoCloseable {
  /** The most units one commit holds. */
  public static final int MAX_UNITS = 256;

  /** The longest a group stays open once its first unit is done. */
  public static final Duration MAX_AGE = Duration.ofSeconds(1);

  private final Store store;
  private Store.Group group;
  private int units;
  private long firstUnitNanos;

  /** Groups on {@code store}, which must have none open. */
  public GroupCommits(Store store) {
    this.store = store;
    this.group = store.beginGroup();
  }

  /** Counts one unit done, and commits the group (beginning the next) when it is full or old enough. */
  public void unitDone() {
    if (units++ == 0) {
      firstUnitNanos = System.nanoTime();
    }
    if (units >= MAX_UNITS || System.nanoTime() - firstUnitNanos >= MAX_AGE.toNanos()) {
      commit();
      group = store.beginGroup();
    }
  }

  /**
   * Commits the open group.
   *
   * @throws StoreException when the database cannot commit it
   */
  @Override
  public void close() {
    commit();
  }

  /** Commits the open group, if any: after a commit failed, units go on in transactions of their own until the next group. */
  private void commit() {
    Store.Group committing = group;
    group = null;
    units = 0;
    if (committing != null) {
      committing.close();
    }
  }
}
