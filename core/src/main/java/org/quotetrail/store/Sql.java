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
import java.util.List;

/**
 * Small helpers for running portable statements on one connection: parameters bound by their Java
 * type (null dates typed, as PostgreSQL needs), rows mapped by a lambda, failures as {@link
 * StoreException}s naming the store.
 */
final class Sql {
  /** Maps the current row of a result. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** A null of a known SQL type, for parameters PostgreSQL cannot type by themselves. */
  record TypedNull(int type) {}

  private final Connection connection;
  private final String location;

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
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
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
    }
  }

  int update(String sql, Object... parameters) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
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
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
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
