package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.store.Store;

class IngestCommandTest {
  @TempDir Path dir;

  private Path db() {
    return dir.resolve("quotes.db");
  }

  private Path article(String name, String text) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    return Files.writeString(folder.resolve(name), text);
  }

  private long storedArticles() {
    try (Store store = Store.openExisting(db().toString())) {
      return store.articleCount();
    }
  }

  @Test
  void storesEachArticleOnceAndSaysSo() throws Exception {
    article("a.txt", "Bridge vote set\n\nThe council will vote on the bridge on Monday, its leader said.\n");
    article("b.txt", "Parks reopen\n\nThe parks will reopen in June.\n");
    CommandRun first = CommandRun.of("ingest", dir.resolve("in").toString(), "--db", db().toString());
    assertEquals(0, first.status(), first.err());
    assertEquals("ingested 2 new, 0 already stored, 0 failed\n", first.err());
    assertEquals("", first.out());

    article("a-rewrapped.txt", "Bridge vote set\n\nThe council will vote on the\nbridge on  Monday, its leader said.");
    CommandRun second = CommandRun.of("ingest", dir.resolve("in").toString(), "--db", db().toString());
    assertEquals(0, second.status(), second.err());
    assertEquals("ingested 0 new, 3 already stored, 0 failed\n", second.err());
    assertEquals(2, storedArticles());
  }

  @Test
  void aFailedInputIsNamedTheRestIsStoredAndTheStatusIsOne() throws Exception {
    article("a.txt", "Bridge vote set\n\nThe council will vote on Monday.\n");
    Path empty = article("empty.txt", "");
    CommandRun run = CommandRun.of("ingest", dir.resolve("in").toString(), "--db", db().toString());
    assertEquals(1, run.status());
    assertEquals(
        List.of("quotetrail: " + empty + ": empty file", "ingested 1 new, 0 already stored, 1 failed"),
        run.err().lines().toList());
    assertEquals(1, storedArticles());
  }

  @Test
  void articlesStoredBeforeAreKept() throws Exception {
    Path a = article("a.txt", "Bridge vote set\n\nThe council will vote on Monday.\n");
    CommandRun.of("ingest", a.toString(), "--db", db().toString());
    Path b = article("b.txt", "Parks reopen\n\nThe parks will reopen in June.\n");
    CommandRun run = CommandRun.of("ingest", b.toString(), dir.resolve("missing.txt").toString(), "--db", db().toString());
    assertEquals(1, run.status());
    assertEquals(2, storedArticles());
  }

  @Test
  void aCorruptStoreGivesOneLineNamingItAndStatusTwo() throws Exception {
    Path a = article("a.txt", "Bridge vote set\n\nThe council will vote on Monday.\n");
    Path corrupt = Files.writeString(dir.resolve("corrupt.db"), "not a database at all");
    CommandRun run = CommandRun.of("ingest", a.toString(), "--db", corrupt.toString());
    assertEquals(OneLineErrors.FAILURE, run.status());
    assertEquals("quotetrail ingest: cannot open store " + corrupt + ": not a SQLite database\n", run.err());
  }

  @Test
  void theDefaultStoreIsNamedInHelp() {
    CommandRun run = CommandRun.of("ingest", "--help");
    assertTrue(run.out().contains("default: quotetrail.db"), run.out());
  }
}
