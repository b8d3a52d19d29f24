package org.quotetrail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.quotetrail.cli.Main;
import org.quotetrail.store.Backend;
import org.quotetrail.store.TestStores;

/**
 * A store built from our sample corpus plus one hostile article, served on a free port of
 * 127.0.0.1: a SQLite file, or a schema of its own in the PostgreSQL database of the tests
 * (dropped on close; skipped when there is none).
 */
final class SampleSite implements AutoCloseable {
  /** Text that would run script if a page ever put it in as markup. */
  static final String SCRIPT = "<script>alert('xss')</script>";
  static final String IMAGE = "<img src=x onerror=alert(1)>";
  static final String HOSTILE_TITLE = "Harbour board row over " + SCRIPT;

  final WebServer server;
  final String base;
  private final String schema;

  private SampleSite(WebServer server, String schema) {
    this.server = server;
    this.base = "http://127.0.0.1:" + server.port();
    this.schema = schema;
  }

  static SampleSite start(Path folder, Backend backend) throws IOException {
    Path inputs = Files.createDirectories(folder.resolve("inputs"));
    Files.writeString(inputs.resolve("hostile.txt"), String.join("\n",
        HOSTILE_TITLE,
        "By Ada Quillfeather",
        "3 May 2025",
        "The harbour board met on Friday to discuss the page " + IMAGE + " that had appeared on its site.",
        "\"We will not publish " + SCRIPT + " or " + IMAGE + " on our pages again,\" said Morwenna Tregarthen, "
            + "the board's chair.",
        ""));
    String schema = backend == Backend.POSTGRESQL ? "qt_web_" + System.nanoTime() : null;
    String db = schema == null ? folder.resolve("site.db").toString() : schemaUrl(schema);
    Path samples = Files.isDirectory(Path.of("..", "samples")) ? Path.of("..", "samples") : Path.of("samples");
    assertEquals(0, Main.run("ingest", samples.toString(), inputs.toString(), "--db", db));
    return new SampleSite(WebServer.start(db, "127.0.0.1", 0), schema);
  }

  private static String schemaUrl(String schema) {
    String url = TestStores.postgresUrl();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  public void close() throws SQLException {
    server.close();
    if (schema != null) {
      try (Connection c = TestStores.connect(TestStores.postgresUrl()); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }
}
