package org.quotetrail.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh, empty store locations for each test, on either backend: a SQLite file in a temporary
 * folder, or a schema of its own (created on first open, dropped after the test) in the PostgreSQL
 * database whose URL is in {@value #PG_VARIABLE}. Tests on PostgreSQL are skipped, saying why, when
 * that variable is unset; {@code .ci/run} starts a server and sets it. Register with {@code
 * @RegisterExtension}.
 */
public final class TestStores implements BeforeEachCallback, AfterEachCallback {
  /** The environment variable holding the test database's URL. */
  public static final String PG_VARIABLE = "QUOTETRAIL_TEST_PG";

  private final Map<Backend, String> locations = new EnumMap<>(Backend.class);
  private final List<String> schemas = new ArrayList<>();
  private Path folder;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    folder = Files.createTempDirectory("quotetrail-store-test");
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    locations.clear();
    if (!schemas.isEmpty()) {
      dropSchemas();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** The location (a {@code --db} value) of this test's store on {@code backend}: the same on every call. */
  public String location(Backend backend) {
    return locations.computeIfAbsent(backend, this::fresh);
  }

  /** A new, empty store location on {@code backend}, other than {@link #location}'s. */
  public String fresh(Backend backend) {
    return switch (backend) {
      case SQLITE -> folder.resolve(randomName() + ".db").toString();
      case POSTGRESQL -> postgresSchema();
    };
  }

  /** A plain JDBC connection to the database of {@code location}, for checks in SQL. */
  public static Connection connect(String location) throws SQLException {
    if (PostgresUrl.isPostgres(location)) {
      return PostgresStores.dataSource(PostgresUrl.parse(location)).getConnection();
    }
    return DriverManager.getConnection("jdbc:sqlite:" + location);
  }

  /**
   * Puts another program's table where the store at {@code location} would go (its SQLite file, its
   * PostgreSQL schema), as a database a user names by mistake would have.
   */
  public static void occupy(String location) throws SQLException {
    String schema = PostgresUrl.isPostgres(location) ? PostgresUrl.parse(location).schema() : null;
    try (Connection c = connect(schema == null ? location : postgresUrl());
        Statement s = c.createStatement()) {
      if (schema != null) {
        s.execute("CREATE SCHEMA " + schema);
      }
      s.execute("CREATE TABLE " + (schema == null ? "" : schema + ".") + "recipes (name TEXT)");
    }
  }

  /** The test database's URL; skips the test when none is set. */
  public static String postgresUrl() {
    String url = System.getenv(PG_VARIABLE);
    Assumptions.assumeTrue(
        url != null && !url.isBlank(),
        PG_VARIABLE + " is unset: PostgreSQL test skipped (.ci/run starts a server and sets it)");
    return url;
  }

  private String postgresSchema() {
    String url = postgresUrl();
    String schema = "qt_test_" + randomName();
    schemas.add(schema);
    return url + (url.contains("?") ? "&" : "?") + PostgresUrl.SCHEMA_PARAMETER + "=" + schema;
  }

  private void dropSchemas() throws SQLException {
    try (Connection c = connect(postgresUrl());
        Statement s = c.createStatement()) {
      for (String schema : schemas) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
    schemas.clear();
  }

  private static String randomName() {
    return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
  }
}
