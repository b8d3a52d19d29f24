package org.quotetrail.spark;

import org.quotetrail.ingest.InputProblem;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.store.SaveResult;
import org.quotetrail.store.Store;
import org.quotetrail.store.StoreException;

/**
 * Saves one task's articles into a database through the core's store API, opening the store at
 * the first article and closing it when the task ends. The store skips an article whose body it
 * already holds, so a retried task or a re-run job stores nothing twice.
 */
final class ArticleLoader implements AutoCloseable {
  private final String location;
  private final JobCounters counters;
  private Store store;

  ArticleLoader(String location, JobCounters counters) {
    this.location = location;
    this.counters = counters;
  }

  /** Saves {@code article}; an article the database refuses becomes a problem, not a failure. */
  void save(ExtractedArticle article) {
    if (store == null) {
      store = Store.open(location);
    }
    try {
      SaveResult result = store.save(article);
      counters.stored(result.alreadyStored());
    } catch (StoreException e) {
      counters.problem(InputProblem.of(article.source(), "not stored: " + e.getMessage()));
    }
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
      store = null;
    }
  }
}
