/**
 * Keeps extracted articles and their quotations in a database, and reads quotations back.
 *
 * <p>Consumes {@link org.quotetrail.model.ExtractedArticle}s; produces {@link
 * org.quotetrail.store.StoredQuotation}s. {@link org.quotetrail.store.Store#open} picks the backend
 * from the location a user gives: a file path is an embedded SQLite database, a {@code
 * postgresql://} URL a PostgreSQL database ({@link org.quotetrail.store.PostgresUrl}). The SQL lives once,
 * in {@link org.quotetrail.store.JdbcStore}, and is portable; what differs between databases (the
 * connection, the migrations folder, the primary-key type) is a {@link
 * org.quotetrail.store.Dialect}. The schema is built by versioned Flyway migrations under {@code
 * db/migration}.
 */
package org.quotetrail.store;
