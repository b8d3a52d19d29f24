package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} refuses what it cannot serve with one line; serving itself is tested in web.WebServerTest. */
class ServeCommandTest {
  @TempDir Path folder;

  @Test
  void aMissingStoreIsOneLineAndStatus2() {
    CommandRun run = CommandRun.of("serve", "--db", folder.resolve("none.db").toString(), "--port", "0");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("none.db") && run.err().contains("no such file"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  @Test
  void aPortOutOfRangeIsRefused() {
    CommandRun run = CommandRun.of("serve", "--db", folder.resolve("x.db").toString(), "--port", "70000");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--port"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }
}
