package org.quotetrail.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A PostgreSQL database named the way {@code psql} names one: {@code
 * postgresql://[user[:password]@][host[:port][,host[:port]...]][/database][?name=value&...]} (also
 * {@code postgres://}), with user, password, database and parameters percent-encoded. Parameters
 * are the PostgreSQL JDBC driver's connection properties ({@code sslmode}, {@code
 * currentSchema}...). Its {@link #toString} never shows the password or parameters.
 *
 * @param scheme {@code postgresql} or {@code postgres}, as given
 * @param user the role, or null for the driver's default
 * @param password the password, or null (the driver then looks in {@code ~/.pgpass})
 * @param hosts {@code host[:port]}, several separated by commas; {@code localhost} when none given
 * @param database the database name
 * @param parameters the connection properties from the query, by name
 */
record PostgresUrl(
    String scheme, String user, String password, String hosts, String database, Map<String, String> parameters) {
  /** The driver property naming the schema that holds the tables (a comma list: the first one). */
  static final String SCHEMA_PARAMETER = "currentSchema";

  PostgresUrl {
    parameters = Map.copyOf(parameters);
  }

  /** Whether {@code location} has a PostgreSQL scheme. */
  static boolean isPostgres(String location) {
    String lower = location.toLowerCase(Locale.ROOT);
    return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
  }

  /**
   * Parses {@code location}, which {@link #isPostgres} accepted.
   *
   * @throws StoreException naming the location without its password when it is malformed
   */
  static PostgresUrl parse(String location) {
    int schemeEnd = location.indexOf("://");
    String scheme = location.substring(0, schemeEnd);
    String rest = location.substring(schemeEnd + 3);
    String beforeQuery = before(rest, '?');
    String authority = before(beforeQuery, '/');
    String path = after(beforeQuery, '/', "");
    int at = authority.lastIndexOf('@');
    String userInfo = at < 0 ? null : authority.substring(0, at);
    String user = userInfo == null ? null : before(userInfo, ':');
    String hosts = authority.substring(at + 1);
    // Named in errors as given, before decoding, so that a malformed password is never echoed.
    String shown = scheme + "://" + (user == null ? "" : user + "@") + hosts + "/" + path;
    String database = decode(path, shown);
    if (database.isEmpty()) {
      throw new StoreException(
          "cannot open store " + shown + ": no database name (" + scheme + "://user@host:port/database)");
    }
    return new PostgresUrl(
        scheme,
        emptyToNull(decode(user, shown)),
        userInfo == null ? null : decode(after(userInfo, ':', null), shown),
        hosts.isEmpty() ? "localhost" : hosts,
        database,
        parameters(after(rest, '?', ""), shown));
  }

  /** The JDBC URL of the database, without user, password or parameters (those are {@link #properties}). */
  String jdbcUrl() {
    return "jdbc:postgresql://" + hosts + "/" + encodeDatabase(database);
  }

  /** The driver's connection properties: the query's parameters, the user and the password. */
  Properties properties() {
    Properties properties = new Properties();
    properties.putAll(parameters);
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return properties;
  }

  /** The schema named by the {@code currentSchema} parameter, or null when the connection's default is meant. */
  String schema() {
    String schemas = parameters.get(SCHEMA_PARAMETER);
    if (schemas == null || schemas.isBlank()) {
      return null;
    }
    return schemas.split(",")[0].strip();
  }

  /** {@code text} with the password, wherever it appears, replaced by {@code ***}. */
  String withoutPassword(String text) {
    return password == null || password.isEmpty() ? text : text.replace(password, "***");
  }

  /** The URL as users see it in messages: scheme, user, hosts and database; no password, no parameters. */
  @Override
  public String toString() {
    return scheme + "://" + (user == null ? "" : user + "@") + hosts + "/" + database;
  }

  private static Map<String, String> parameters(String query, String shown) {
    Map<String, String> parameters = new HashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new StoreException("cannot open store " + shown + ": parameter without a value in the URL");
      }
      parameters.put(decode(pair.substring(0, equals), shown), decode(pair.substring(equals + 1), shown));
    }
    return parameters;
  }

  /** Percent-decodes {@code text} as UTF-8; {@code +} stays a plus, as in libpq's URLs. */
  private static String decode(String text, String shown) {
    if (text == null || text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      int value = i + 2 < text.length() ? hexValue(text.charAt(i + 1), text.charAt(i + 2)) : -1;
      if (value < 0) {
        throw new StoreException("cannot open store " + shown + ": bad %-escape in the URL");
      }
      bytes.write(value);
      i += 2;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hexValue(char high, char low) {
    int h = Character.digit(high, 16);
    int l = Character.digit(low, 16);
    return h < 0 || l < 0 ? -1 : h * 16 + l;
  }

  /** The database name as a JDBC URL path: the driver decodes it, so reserved characters are escaped. */
  private static String encodeDatabase(String database) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : database.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-' || c == '.') {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }

  /** {@code text} up to the first {@code mark}, or all of it. */
  private static String before(String text, char mark) {
    int i = text.indexOf(mark);
    return i < 0 ? text : text.substring(0, i);
  }

  /** {@code text} after the first {@code mark}, or {@code absent} when there is none. */
  private static String after(String text, char mark, String absent) {
    int i = text.indexOf(mark);
    return i < 0 ? absent : text.substring(i + 1);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
