package org.quotetrail.store;

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
  private Migrations() {}

  /** Applies the pending migrations to {@code database}, named {@code location} in errors. */
  static void apply(DataSource database, Dialect dialect, String location) {
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
}
