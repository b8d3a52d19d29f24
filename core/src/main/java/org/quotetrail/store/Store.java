package org.quotetrail.store;

import java.util.List;
import org.quotetrail.model.ExtractedArticle;

/**
 * A database of extracted articles and their quotations. Each article is saved in its own
 * transaction, and an article whose normalised body is already stored is not stored again.
 */
public interface Store extends AutoCloseable {
  /** Where {@code --db} points when a user names no store. */
  String DEFAULT_LOCATION = "quotetrail.db";

  /**
   * Saves {@code article} and its quotations, all or nothing.
   *
   * @throws StoreException when the database refuses the article; the store is as it was before
   * @throws StoreLostException when the connection to the database is gone; nothing more can be saved
   */
  SaveResult save(ExtractedArticle article);

  /** The stored quotations that {@code query} selects, by publication date, article and position. */
  List<StoredQuotation> quotations(QuotationQuery query);

  /** Queries for browsing the store page by page, on the same connection. */
  StoreBrowser browser();

  /** How many articles are stored. */
  long articleCount();

  /** The tables of links across articles (stories, speakers, variants), on this store's connection. */
  LinkStore links();

  @Override
  void close();

  /**
   * Opens, creating and migrating when needed, the store at {@code location}: a file path is a
   * SQLite database; a URL such as {@code postgresql://host/db} names a server database.
   *
   * @throws StoreException naming the location when it cannot be opened
   */
  static Store open(String location) {
    return StoreOpener.open(location, true);
  }

  /** How messages name the store at {@code location}: a PostgreSQL URL without password and parameters. */
  static String nameOf(String location) {
    return StoreOpener.nameOf(location);
  }

  /**
   * Opens the store at {@code location} like {@link #open}, but refuses to create one: for
   * commands that only read.
   *
   * @throws StoreException naming the location when there is no store there or it cannot be opened
   */
  static Store openExisting(String location) {
    return StoreOpener.open(location, false);
  }
}
