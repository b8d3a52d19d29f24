package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOpenerTest {
  @TempDir Path dir;

  @Test
  void aFilePathOpensSqlite() {
    try (Store store = StoreOpener.open(dir.resolve("q.db").toString(), true)) {
      assertEquals(0, store.articleCount());
    }
  }

  @Test
  void aPostgresqlUrlConnectsToTheServerAndErrorsHideThePassword() {
    // Port 1 on this machine: nothing listens, so the driver's own "refused" comes back at once.
    StoreException e =
        assertThrows(StoreException.class, () -> StoreOpener.open("postgresql://me:s3cret@127.0.0.1:1/quotes", true));
    assertTrue(e.getMessage().startsWith("cannot open store postgresql://me@127.0.0.1:1/quotes: Connection"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
  }

  @Test
  void otherUrlsAreRefused() {
    StoreException e = assertThrows(StoreException.class, () -> StoreOpener.open("mysql://me:pw@db.example/q", true));
    assertEquals(
        "cannot open store mysql://...: unknown kind of store; give a SQLite file path or a postgresql:// URL",
        e.getMessage());
  }

  @Test
  void aBlankLocationIsRefused() {
    StoreException e = assertThrows(StoreException.class, () -> StoreOpener.open(" ", true));
    assertEquals("no store location given", e.getMessage());
  }
}
