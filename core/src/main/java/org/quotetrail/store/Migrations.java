package org.quotetrail.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database's schema to the current version with the Flyway migrations under {@code
 * db/migration/common} (portable SQL) and {@code db/migration/<dialect>} (that database's own).
 * The two folders are siblings because Flyway searches a location's subfolders too.
 */
final class Migrations {
  /** Flyway's record of the migrations applied, which every quotetrail store has. */
  private static final String HISTORY_TABLE = "flyway_schema_history";

  private Migrations() {}

  /** Applies the pending migrations to {@code database}, named {@code location} in errors. */
  static void apply(DataSource database, Dialect dialect, String location) {
    if (belongsToAnotherProgram(database, location)) {
      throw new StoreException(
          "cannot open store " + location + ": it is a database of another program, not a quotetrail store");
    }
    try {
      Flyway.configure(Migrations.class.getClassLoader())
          .dataSource(database)
          .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect.name())
          .placeholders(Map.of("id_column", dialect.idColumn()))
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot open store " + location + ": " + StoreException.reason(e), e);
    }
  }

  /** Whether {@code database} has tables but no migration history: someone else's database. */
  private static boolean belongsToAnotherProgram(DataSource database, String location) {
    try (Connection connection = database.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      return hasTable(meta, "%") && !hasTable(meta, HISTORY_TABLE);
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + location + ": " + StoreException.reason(e), e);
    }
  }

  private static boolean hasTable(DatabaseMetaData meta, String namePattern) throws SQLException {
    try (ResultSet tables = meta.getTables(null, null, namePattern, new String[] {"TABLE"})) {
      return tables.next();
    }
  }
}
