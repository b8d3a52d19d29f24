package org.quotetrail.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings a database's schema to the current version with the Flyway migrations under {@code
 * db/migration/common} (portable SQL) and {@code db/migration/<dialect>} (that database's own).
 * The two folders are siblings because Flyway searches a location's subfolders too. A schema, when
 * given, is where the tables go (PostgreSQL; Flyway creates it when missing); SQLite has none.
 */
final class Migrations {
  /** Flyway's record of the migrations applied, which every quotetrail store has. */
  private static final String HISTORY_TABLE = "flyway_schema_history";

  private Migrations() {}

  /**
   * Applies the pending migrations to {@code schema} (null for SQLite) of {@code database}, named
   * {@code location} in errors.
   */
  static void apply(DataSource database, Dialect dialect, String schema, String location) {
    if (hasTable(database, schema, "%", location) && !isStore(database, schema, location)) {
      throw new StoreException(
          "cannot open store " + location + ": it is a database of another program, not a quotetrail store");
    }
    try {
      configure(database, dialect, schema).load().migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot open store " + location + ": " + StoreException.reason(e), e);
    }
  }

  /** Flyway set up to migrate {@code schema} (null for SQLite) of {@code database}. */
  static FluentConfiguration configure(DataSource database, Dialect dialect, String schema) {
    FluentConfiguration flyway =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(database)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect.name())
            .placeholders(dialect.placeholders())
            .failOnMissingLocations(true);
    return schema == null ? flyway : flyway.schemas(schema);
  }

  /** Whether {@code schema} (null for SQLite) of {@code database} has a quotetrail store's migration history. */
  static boolean isStore(DataSource database, String schema, String location) {
    return hasTable(database, schema, HISTORY_TABLE, location);
  }

  private static boolean hasTable(DataSource database, String schema, String namePattern, String location) {
    try (Connection connection = database.getConnection();
        ResultSet tables = connection.getMetaData().getTables(null, schema, namePattern, new String[] {"TABLE"})) {
      return tables.next();
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + location + ": " + StoreException.reason(e), e);
    }
  }
}
