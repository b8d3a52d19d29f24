package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quotetrail.bench.CorpusFolder;
import org.quotetrail.bench.CorpusGenerator;
import org.quotetrail.store.Backend;
import org.quotetrail.store.TestStores;

/**
 * An ingest killed with SIGKILL part-way through a batch, then run again, leaves every article
 * stored exactly once and the database consistent: each article is one transaction, and re-ingest
 * skips what is stored.
 */
class CrashSafetyTest {
  private static final int ARTICLES = 1500;

  @TempDir Path dir;
  @RegisterExtension final TestStores stores = new TestStores();

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aKilledIngestRerunStoresEveryArticleOnce(Backend backend) throws Exception {
    Path corpus = dir.resolve("corpus");
    CorpusFolder.write(new CorpusGenerator(42), ARTICLES, corpus);
    String db = stores.location(backend);

    Process first = ingest(corpus, db);
    long stored = waitForArticles(db, 200, first);
    first.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no cleanup
    assertTrue(first.waitFor(1, TimeUnit.MINUTES));
    assertTrue(stored < ARTICLES, "the kill must land mid-batch (stored " + stored + ")");

    Process second = ingest(corpus, db);
    assertTrue(second.waitFor(5, TimeUnit.MINUTES), "the re-run did not finish");
    assertEquals(0, second.exitValue(), Files.readString(dir.resolve("err.txt")));

    try (Connection c = TestStores.connect(db); Statement s = c.createStatement()) {
      if (backend == Backend.SQLITE) {
        assertEquals("ok", single(s, "PRAGMA integrity_check"));
      }
      assertEquals(String.valueOf(ARTICLES), single(s, "SELECT COUNT(*) FROM articles"));
      assertEquals(String.valueOf(ARTICLES), single(s, "SELECT COUNT(DISTINCT source) FROM articles"));
      assertEquals("0", single(s, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM quotations q WHERE q.article_id = a.id)"),
          "every article kept its quotations (generated articles all quote someone)");
    }
  }

  private Process ingest(Path corpus, String db) throws Exception {
    return new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
            "-cp", System.getProperty("java.class.path"), "org.quotetrail.cli.Main", "ingest", corpus.toString(), "--db", db))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
  }

  /** Polls the store until it holds at least {@code count} articles; returns how many it saw. */
  private static long waitForArticles(String db, int count, Process writer) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline && writer.isAlive()) {
      try (Connection c = TestStores.connect(db); Statement s = c.createStatement()) {
        long n = Long.parseLong(single(s, "SELECT COUNT(*) FROM articles"));
        if (n >= count) {
          return n;
        }
      } catch (java.sql.SQLException notReadyYet) {
        // the store may not exist yet while the first migration runs
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the ingest never stored " + count + " articles");
  }

  private static String single(Statement s, String sql) throws Exception {
    try (ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
