package org.quotetrail.store;

/**
 * What one kind of database needs that the others do not, for building the schema. The queries
 * of {@link JdbcStore} are the same for every kind.
 *
 * @param name the kind's name, which is also the folder of its own migrations under {@code
 *     db/migration}
 * @param idColumn the column definition of an auto-numbered primary key
 */
record Dialect(String name, String idColumn) {
  /** SQLite: an {@code INTEGER PRIMARY KEY} is the row id, numbered by SQLite. */
  static final Dialect SQLITE = new Dialect("sqlite", "INTEGER PRIMARY KEY");

  /** PostgreSQL: a 64-bit identity column, numbered by a sequence. */
  static final Dialect POSTGRESQL = new Dialect("postgresql", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
}
