package org.quotetrail.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Throwaway stores in a PostgreSQL database, each in a schema of its own: for benchmarks, which
 * must start from an empty store without touching the database's other schemas.
 */
public final class ScratchSchema {
  private ScratchSchema() {}

  /**
   * The location of a store in a new schema, named {@code prefix} and a unique suffix, of the
   * database {@code url}; {@link Store#open} creates it.
   */
  public static String create(String url, String prefix) {
    String schema = (prefix + Long.toHexString(System.nanoTime())).toLowerCase(Locale.ROOT);
    return url + (url.contains("?") ? "&" : "?") + PostgresUrl.SCHEMA_PARAMETER + "=" + schema;
  }

  /** Drops the schema of {@code location} (made by {@link #create}) with everything in it. */
  public static void drop(String location) {
    PostgresUrl url = PostgresUrl.parse(location);
    try (Connection connection = PostgresStores.dataSource(url).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS \"" + url.schema().replace("\"", "\"\"") + "\" CASCADE");
    } catch (SQLException e) {
      throw new StoreException("store " + url + ": cannot drop schema " + url.schema() + ": " + StoreException.reason(e), e);
    }
  }
}
