package org.quotetrail.store;

import java.util.Map;

/**
 * What one kind of database needs that the others do not, for building the schema. The queries
 * of {@link JdbcStore} are the same for every kind.
 *
 * @param name the kind's name, which is also the folder of its own migrations under {@code
 *     db/migration}
 * @param idColumn the column definition of an auto-numbered primary key
 * @param keyOnlyTable what follows the definition of a table that is all primary key, so that it is
 *     stored as that key's index alone
 * @param findText the function giving the position of a text in another, from 1 (0 when absent)
 */
record Dialect(String name, String idColumn, String keyOnlyTable, String findText) {
  /**
   * SQLite: an {@code INTEGER PRIMARY KEY} is the row id, numbered by SQLite; a table {@code
   * WITHOUT ROWID} is its primary key's b-tree.
   */
  static final Dialect SQLITE = new Dialect("sqlite", "INTEGER PRIMARY KEY", " WITHOUT ROWID", "instr");

  /** PostgreSQL: a 64-bit identity column, numbered by a sequence. */
  static final Dialect POSTGRESQL =
      new Dialect("postgresql", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "", "strpos");

  /** The values of the placeholders that common migrations use. */
  Map<String, String> placeholders() {
    return Map.of("id_column", idColumn, "key_only_table", keyOnlyTable, "find_text", findText);
  }
}
