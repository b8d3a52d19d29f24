package org.quotetrail.store;

import java.util.List;
import org.quotetrail.model.ExtractedArticle;

/**
 * A database of extracted articles and their quotations. Each article is saved all or nothing, in
 * a transaction of its own or as part of a {@linkplain #beginGroup() group}, and an article whose
 * normalised body is already stored is not stored again.
 */
public interface Store extends AutoCloseable {
  /** A group of saves and links sharing one transaction; closing it commits them. */
  interface Group extends AutoCloseable {
    /**
     * Commits what the group's units did.
     *
     * @throws StoreException when the database cannot commit; none of the group's units stay
     */
    @Override
    void close();
  }

  /** Where {@code --db} points when a user names no store. */
  String DEFAULT_LOCATION = "quotetrail.db";

  /**
   * Saves {@code article} and its quotations, all or nothing.
   *
   * @throws StoreException when the database refuses the article; the store is as it was before
   * @throws StoreLostException when the connection to the database is gone; nothing more can be saved
   */
  SaveResult save(ExtractedArticle article);

  /**
   * Begins a group: until it is closed, each {@link #save} and each link of {@link #links()} is a
   * savepoint of one transaction instead of a transaction of its own, so many articles share one
   * commit (saving many articles is about twice as fast). A unit that fails is still undone alone.
   * Until the group commits, other connections do not see its units, and a crash loses them
   * (ingesting the same input again redoes them). {@link GroupCommits} closes and begins groups as
   * work goes on.
   *
   * @throws IllegalStateException when a group is open already
   */
  Group beginGroup();

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
