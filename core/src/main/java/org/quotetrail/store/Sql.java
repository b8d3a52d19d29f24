package org.quotetrail.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small helpers for running portable statements on one connection: parameters bound by their Java
 * type (null dates typed, as PostgreSQL needs), rows mapped by a lambda, failures as {@link
 * StoreException}s naming the store. Statements are prepared once per SQL text and kept (up to
 * {@link #KEPT_STATEMENTS}, least recently used closed first): SQLite compiles a statement at every
 * prepare, which took a fifth of ingest's time. Not for use by several threads at once, like the
 * connection.
 */
final class Sql {
  /** Maps the current row of a result. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** A null of a known SQL type, for parameters PostgreSQL cannot type by themselves. */
  record TypedNull(int type) {}

  /** How many prepared statements are kept open; IN lists of every length make more texts than are reused. */
  static final int KEPT_STATEMENTS = 256;

  private final Connection connection;
  private final String location;
  private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>(KEPT_STATEMENTS, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
      if (size() <= KEPT_STATEMENTS) {
        return false;
      }
      closeQuietly(eldest.getValue());
      return true;
    }
  };
  /** The texts of statements whose results are being read: a query run while reading them gets a statement of its own. */
  private final Set<String> reading = new HashSet<>();

  Sql(Connection connection, String location) {
    this.connection = connection;
    this.location = location;
  }

  Connection connection() {
    return connection;
  }

  String location() {
    return location;
  }

  <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
    boolean nested = !reading.add(sql);
    PreparedStatement statement = null;
    try {
      statement = nested ? connection.prepareStatement(sql) : prepare(sql);
      bind(statement, parameters);
      List<T> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(mapper.map(result));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      if (nested) {
        closeQuietly(statement);
      } else {
        reading.remove(sql);
      }
    }
  }

  int update(String sql, Object... parameters) {
    try {
      PreparedStatement statement = prepare(sql);
      bind(statement, parameters);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Runs {@code sql} once for each parameter list, as one batch. */
  void batch(String sql, List<Object[]> parameterLists) {
    if (parameterLists.isEmpty()) {
      return;
    }
    try {
      PreparedStatement statement = prepare(sql);
      statement.clearBatch(); // a failed batch may have left its rows
      for (Object[] parameters : parameterLists) {
        bind(statement, parameters);
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Inserts a row and returns the key its {@code RETURNING id} gives. */
  long insert(String sql, Object... parameters) {
    return query(sql + " RETURNING id", row -> row.getLong(1), parameters).get(0);
  }

  /** {@code date}, or a null typed as a date. */
  static Object date(LocalDate date) {
    return date == null ? new TypedNull(Types.DATE) : date;
  }

  /** "?, ?, ?" with one mark per element of {@code values}, for an IN list. */
  static String marks(Collection<?> values) {
    return String.join(", ", Collections.nCopies(values.size(), "?"));
  }

  /** The kept statement for {@code sql}, prepared now if there is none open. */
  private PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement statement = prepared.get(sql);
    if (statement == null || statement.isClosed()) {
      statement = connection.prepareStatement(sql);
      prepared.put(sql, statement);
    } else {
      statement.clearParameters();
    }
    return statement;
  }

  private static void closeQuietly(PreparedStatement statement) {
    if (statement == null) {
      return;
    }
    try {
      statement.close();
    } catch (SQLException e) {
      // The connection is closing or gone; the statement goes with it.
    }
  }

  StoreException failure(SQLException e) {
    return new StoreException("store " + location + ": " + StoreException.reason(e), e);
  }

  private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      if (value == null) {
        statement.setNull(i + 1, Types.NULL);
      } else if (value instanceof TypedNull typed) {
        statement.setNull(i + 1, typed.type());
      } else if (value instanceof LocalDate date) {
        statement.setObject(i + 1, date);
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }
}
