package org.quotetrail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quotetrail.cli.Main;

/** A store built from our sample corpus plus one hostile article, served on a free port of 127.0.0.1. */
final class SampleSite implements AutoCloseable {
  /** Text that would run script if a page ever put it in as markup. */
  static final String SCRIPT = "<script>alert('xss')</script>";
  static final String IMAGE = "<img src=x onerror=alert(1)>";
  static final String HOSTILE_TITLE = "Harbour board row over " + SCRIPT;

  final WebServer server;
  final String base;

  private SampleSite(WebServer server) {
    this.server = server;
    this.base = "http://127.0.0.1:" + server.port();
  }

  static SampleSite start(Path folder) throws IOException {
    Path inputs = Files.createDirectories(folder.resolve("inputs"));
    Files.writeString(inputs.resolve("hostile.txt"), String.join("\n",
        HOSTILE_TITLE,
        "By Ada Quillfeather",
        "3 May 2025",
        "The harbour board met on Friday to discuss the page " + IMAGE + " that had appeared on its site.",
        "\"We will not publish " + SCRIPT + " or " + IMAGE + " on our pages again,\" said Morwenna Tregarthen, "
            + "the board's chair.",
        ""));
    Path db = folder.resolve("site.db");
    Path samples = Files.isDirectory(Path.of("..", "samples")) ? Path.of("..", "samples") : Path.of("samples");
    assertEquals(0, Main.run("ingest", samples.toString(), inputs.toString(), "--db", db.toString()));
    return new SampleSite(WebServer.start(db.toString(), "127.0.0.1", 0));
  }

  @Override
  public void close() {
    server.close();
  }
}
