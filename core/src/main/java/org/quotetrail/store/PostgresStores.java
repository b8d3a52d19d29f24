package org.quotetrail.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens stores kept in a PostgreSQL database that a user or administrator created: migrates the
 * schema (the tables go in the URL's {@code currentSchema}, created when missing, else in the
 * role's default schema, usually {@code public}) and connects. Messages name the URL without its
 * password. Several processes may ingest into one database at once: an article's insert is
 * {@code ON CONFLICT DO NOTHING}, so the second copy waits for the first to commit and is then
 * reported as already stored.
 */
final class PostgresStores {
  /** The name the server shows for quotetrail's connections ({@code pg_stat_activity}), unless the URL gives one. */
  private static final String APPLICATION_NAME = "quotetrail";

  private PostgresStores() {}

  /**
   * Opens the store at {@code url}. A database with no quotetrail tables yet gets them when {@code
   * create} says so; otherwise it is refused, as a missing SQLite file is.
   */
  static Store open(PostgresUrl url, boolean create) {
    String location = url.toString();
    try {
      DataSource database = dataSource(url);
      String schema = url.schema() != null ? url.schema() : defaultSchema(database, location);
      if (!create && !Migrations.isStore(database, schema, location)) {
        throw new StoreException(
            "cannot open store " + location + ": no quotetrail store in this database (ingest some articles first)");
      }
      Migrations.apply(database, Dialect.POSTGRESQL, schema, location);
      return new JdbcStore(connect(database, location), location);
    } catch (StoreException e) {
      // Drivers do not echo passwords, but a malformed URL could put one where a host or name was meant.
      throw new StoreException(url.withoutPassword(e.getMessage()), e.getCause());
    }
  }

  /** Connections to the database of {@code url}, with its user, password and parameters. */
  static DataSource dataSource(PostgresUrl url) {
    Properties properties = url.properties();
    properties.putIfAbsent("ApplicationName", APPLICATION_NAME);
    // An article's quotations (24 on average) go as one multi-row INSERT instead of one per row,
    // which saved the server 8 to 20% of its CPU per article in the measurements of docs/store.md.
    properties.putIfAbsent("reWriteBatchedInserts", "true");
    PGSimpleDataSource database = new PGSimpleDataSource();
    database.setURL(url.jdbcUrl());
    for (String name : properties.stringPropertyNames()) {
      try {
        database.setProperty(name, properties.getProperty(name));
      } catch (SQLException e) {
        throw new StoreException("cannot open store " + url + ": unknown connection parameter " + name, e);
      }
    }
    return database;
  }

  /** The schema where the role's tables go when the URL names none. */
  private static String defaultSchema(DataSource database, String location) {
    try (Connection connection = connect(database, location);
        PreparedStatement query = connection.prepareStatement("SELECT current_schema()");
        ResultSet row = query.executeQuery()) {
      String schema = row.next() ? row.getString(1) : null;
      if (schema == null) {
        throw new StoreException(
            "cannot open store " + location + ": no schema on the search path; add ?currentSchema=NAME to the URL");
      }
      return schema;
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + location + ": " + StoreException.reason(e), e);
    }
  }

  private static Connection connect(DataSource database, String location) {
    try {
      return database.getConnection();
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + location + ": " + StoreException.reason(e), e);
    }
  }
}
