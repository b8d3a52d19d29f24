package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quotetrail.bench.CorpusGenerator;
import org.quotetrail.store.Backend;
import org.quotetrail.store.Store;
import org.quotetrail.store.TestStores;

/** {@code ingest} on each backend. */
class IngestCommandTest {
  @TempDir Path dir;

  @RegisterExtension final TestStores stores = new TestStores();

  private Backend backend;

  private String db() {
    return stores.location(backend);
  }

  private Path article(String name, String text) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    return Files.writeString(folder.resolve(name), text);
  }

  private long storedArticles() {
    try (Store store = Store.openExisting(db())) {
      return store.articleCount();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void storesEachArticleOnceAndSaysSo(Backend backend) throws Exception {
    this.backend = backend;
    article("a.txt", "Bridge vote set\n\nThe council will vote on the bridge on Monday, its leader said.\n");
    article("b.txt", "Parks reopen\n\nThe parks will reopen in June.\n");
    CommandRun first = CommandRun.of("ingest", dir.resolve("in").toString(), "--db", db());
    assertEquals(0, first.status(), first.err());
    assertEquals("ingested 2 new, 0 already stored, 0 failed\n", first.err());
    assertEquals("", first.out());

    article("a-rewrapped.txt", "Bridge vote set\n\nThe council will vote on the\nbridge on  Monday, its leader said.");
    CommandRun second = CommandRun.of("ingest", dir.resolve("in").toString(), "--db", db());
    assertEquals(0, second.status(), second.err());
    assertEquals("ingested 0 new, 3 already stored, 0 failed\n", second.err());
    assertEquals(2, storedArticles());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void aFailedInputIsNamedTheRestIsStoredAndTheStatusIsOne(Backend backend) throws Exception {
    this.backend = backend;
    article("a.txt", "Bridge vote set\n\nThe council will vote on Monday.\n");
    Path empty = article("empty.txt", "");
    CommandRun run = CommandRun.of("ingest", dir.resolve("in").toString(), "--db", db());
    assertEquals(1, run.status());
    assertEquals(
        List.of("quotetrail: " + empty + ": empty file", "ingested 1 new, 0 already stored, 1 failed"),
        run.err().lines().toList());
    assertEquals(1, storedArticles());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void articlesStoredBeforeAreKept(Backend backend) throws Exception {
    this.backend = backend;
    Path a = article("a.txt", "Bridge vote set\n\nThe council will vote on Monday.\n");
    CommandRun.of("ingest", a.toString(), "--db", db());
    Path b = article("b.txt", "Parks reopen\n\nThe parks will reopen in June.\n");
    CommandRun run = CommandRun.of("ingest", b.toString(), dir.resolve("missing.txt").toString(), "--db", db());
    assertEquals(1, run.status());
    assertEquals(2, storedArticles());
  }

  @Test
  void aCorruptSqliteStoreGivesOneLineNamingItAndStatusTwo() throws Exception {
    Path a = article("a.txt", "Bridge vote set\n\nThe council will vote on Monday.\n");
    Path corrupt = Files.writeString(dir.resolve("corrupt.db"), "not a database at all");
    CommandRun run = CommandRun.of("ingest", a.toString(), "--db", corrupt.toString());
    assertEquals(OneLineErrors.FAILURE, run.status());
    assertEquals("quotetrail ingest: cannot open store " + corrupt + ": not a SQLite database\n", run.err());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void anotherProgramsDatabaseGivesOneLineWithoutAPasswordAndStatusTwo(Backend backend) throws Exception {
    this.backend = backend;
    TestStores.occupy(db());
    Path a = article("a.txt", "Bridge vote set\n\nThe council will vote on Monday.\n");
    CommandRun run = CommandRun.of("ingest", a.toString(), "--db", db());
    assertEquals(OneLineErrors.FAILURE, run.status());
    // The store is named by file, or by URL without password and parameters.
    String named = backend == Backend.SQLITE ? db() : db().replaceFirst(":[^:@/]+@", "@").replaceFirst("\\?.*", "");
    assertEquals(
        "quotetrail ingest: cannot open store " + named + ": it is a database of another program, not a quotetrail store\n",
        run.err());
  }

  @Test
  void aLostServerEndsTheBatchWithOneLineAndStatusTwo() throws Exception {
    backend = Backend.POSTGRESQL;
    CommandRun.of("ingest", article("a.txt", "Bridge vote set\n\nThe council will vote on Monday.\n").toString(), "--db", db());
    // The server ends the connection itself when the second article arrives, as a restart would.
    try (Connection c = TestStores.connect(db());
        Statement s = c.createStatement()) {
      s.execute("CREATE FUNCTION unplug() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
          + " IF new.body LIKE '%unplugged%' THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;"
          + " RETURN new; END $$");
      s.execute("CREATE TRIGGER unplug BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION unplug()");
    }
    article("b.txt", "Power cut\n\nThe hall was unplugged at noon.\n");
    article("c.txt", "Parks reopen\n\nThe parks will reopen in June.\n");
    CommandRun run = CommandRun.of("ingest", dir.resolve("in").toString(), "--db", db());
    assertEquals(OneLineErrors.FAILURE, run.status(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals(2, lines.size(), run.err());
    assertEquals("ingested 0 new, 1 already stored, 0 failed", lines.get(0));
    assertTrue(lines.get(1).startsWith("quotetrail ingest: lost the connection to store postgresql://"), lines.get(1));
    assertTrue(lines.get(1).endsWith("(articles saved before stay stored; run ingest again to go on)"), lines.get(1));
    assertEquals(1, storedArticles());
  }

  @Test
  void anUnreachableServerGivesOneLineWithoutThePasswordAndStatusTwo() throws Exception {
    Path a = article("a.txt", "Bridge vote set\n\nThe council will vote on Monday.\n");
    CommandRun run = CommandRun.of("ingest", a.toString(), "--db", "postgresql://ann:s3cret@127.0.0.1:1/news");
    assertEquals(OneLineErrors.FAILURE, run.status());
    assertTrue(run.err().startsWith("quotetrail ingest: cannot open store postgresql://ann@127.0.0.1:1/news: "), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("s3cret"), run.err());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void twoIngestProcessesAtOnceStoreEveryArticleOnce(Backend backend) throws Exception {
    this.backend = backend;
    // Both processes read shared/ first, at the same time, then 10 articles of their own.
    CorpusGenerator corpus = new CorpusGenerator(7);
    Path shared = writeArticles(corpus, "shared", 0, 30);
    Path ownA = writeArticles(corpus, "a", 30, 40);
    Path ownB = writeArticles(corpus, "b", 40, 50);
    Process a = ingestProcess("a", shared, ownA);
    Process b = ingestProcess("b", shared, ownB);
    assertEquals(0, finish(a, "a"));
    assertEquals(0, finish(b, "b"));
    int[] newA = summary("a");
    int[] newB = summary("b");
    assertEquals(50, newA[0] + newB[0], "new articles between them");
    assertEquals(30, newA[1] + newB[1], "articles the other had stored");
    assertEquals(50, storedArticles());

    // Everything stored is what one ingest of the same files stores alone.
    String alone = stores.fresh(Backend.SQLITE);
    CommandRun.of("ingest", shared.toString(), ownA.toString(), ownB.toString(), "--db", alone);
    assertEquals(sortedCsv(alone), sortedCsv(db()));
  }

  private Path writeArticles(CorpusGenerator corpus, String folder, int from, int to) throws Exception {
    Path written = Files.createDirectories(dir.resolve(folder));
    for (int i = from; i < to; i++) {
      Files.writeString(written.resolve(CorpusGenerator.fileName(i)), corpus.article(i).content());
    }
    return written;
  }

  private Process ingestProcess(String name, Path... folders) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--db", db()));
    for (Path folder : folders) {
      command.add(folder.toString());
    }
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile())
        .start();
  }

  private int finish(Process process, String name) throws Exception {
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("ingest " + name + " did not finish in three minutes");
    }
    assertEquals(0, process.exitValue(), Files.readString(dir.resolve(name + ".err")));
    return process.exitValue();
  }

  /** The new and already-stored counts from a process's closing line. */
  private int[] summary(String name) throws Exception {
    String err = Files.readString(dir.resolve(name + ".err"));
    Matcher m = Pattern.compile("ingested (\\d+) new, (\\d+) already stored, 0 failed").matcher(err);
    assertTrue(m.find(), err);
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  private static List<String> sortedCsv(String location) {
    CommandRun run = CommandRun.of("quotes", "--format", "csv", "--db", location);
    assertEquals(0, run.status(), run.err());
    List<String> lines = new ArrayList<>(List.of(run.out().split("\r\n")));
    Collections.sort(lines);
    return lines;
  }

  @Test
  void theDefaultStoreIsNamedInHelp() {
    CommandRun run = CommandRun.of("ingest", "--help");
    assertTrue(run.out().contains("default: quotetrail.db"), run.out());
  }
}
