package org.quotetrail.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.store.GroupCommits;
import org.quotetrail.store.SaveResult;
import org.quotetrail.store.Store;
import org.quotetrail.store.StoreException;
import org.quotetrail.store.StoreLostException;

/**
 * Extracted articles waiting to be saved: they are saved together, in one group of the store
 * ({@link Store#beginGroup}), once {@link GroupCommits#MAX_UNITS} are waiting or the first has
 * waited {@link GroupCommits#MAX_AGE}, and when the queue is closed. One commit for many articles
 * makes saving about twice as fast, and since articles are extracted before their group begins, the
 * store's write lock is held only while saving, so another process writing to a SQLite store gets
 * its turn between groups. An article the store refuses is a failure of the batch, named by its
 * input; the rest of its group is saved.
 */
final class SavingQueue implements AutoCloseable {
  private record Waiting(RawArticle raw, ExtractedArticle article) {}

  private final Store store;
  private final Batch batch;
  private final BiConsumer<RawArticle, SaveResult> saved;
  private final List<Waiting> waiting = new ArrayList<>();
  private long firstWaitingNanos;

  /** A queue into {@code store}; {@code saved} hears of each article saved, once its group is committed. */
  SavingQueue(Store store, Batch batch, BiConsumer<RawArticle, SaveResult> saved) {
    this.store = store;
    this.batch = batch;
    this.saved = saved;
  }

  /** Queues {@code article}, extracted from {@code raw}, and saves the queue when it is full or old enough. */
  void add(RawArticle raw, ExtractedArticle article) {
    if (waiting.isEmpty()) {
      firstWaitingNanos = System.nanoTime();
    }
    waiting.add(new Waiting(raw, article));
    if (waiting.size() >= GroupCommits.MAX_UNITS || System.nanoTime() - firstWaitingNanos >= GroupCommits.MAX_AGE.toNanos()) {
      save();
    }
  }

  /** Saves the articles still waiting. */
  @Override
  public void close() {
    save();
  }

  /**
   * Saves the waiting articles in one group.
   *
   * @throws Batch.Stop when the store is lost or cannot commit: every later article would fail the same way
   */
  private void save() {
    if (waiting.isEmpty()) {
      return;
    }
    List<Waiting> group = List.copyOf(waiting);
    waiting.clear();
    List<SaveResult> results = new ArrayList<>();
    try (Store.Group committing = store.beginGroup()) {
      for (Waiting w : group) {
        results.add(saveOne(w));
      }
    } catch (StoreException e) {
      // The articles found stored before stay so, whatever became of the group.
      tell(group, results, SaveResult::alreadyStored);
      throw new Batch.Stop(e.getMessage() + " (articles saved before stay stored; run ingest again to go on)", e);
    }
    tell(group, results, result -> true);
  }

  private void tell(List<Waiting> group, List<SaveResult> results, Predicate<SaveResult> which) {
    for (int i = 0; i < results.size(); i++) {
      SaveResult result = results.get(i);
      if (result != null && which.test(result)) {
        saved.accept(group.get(i).raw(), result);
      }
    }
  }

  /** Saves one article of a group; null when the store refused it (then reported), which leaves the rest of the group alone. */
  private SaveResult saveOne(Waiting w) {
    try {
      return store.save(w.article());
    } catch (StoreLostException e) {
      throw e;
    } catch (StoreException e) {
      batch.failed(InputProblem.of(w.raw().source(), Batch.describe(e)));
      return null;
    }
  }
}
