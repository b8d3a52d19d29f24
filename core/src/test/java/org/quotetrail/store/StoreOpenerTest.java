package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  void postgresqlUrlsAreRefusedForNowWithoutEchoingCredentials() {
    StoreException e =
        assertThrows(StoreException.class, () -> StoreOpener.open("postgresql://me:secret@db.example/quotes", true));
    assertEquals(
        "cannot open store postgresql://...: PostgreSQL stores are not supported yet; give a SQLite file path",
        e.getMessage());
  }

  @Test
  void otherUrlsAreRefused() {
    StoreException e = assertThrows(StoreException.class, () -> StoreOpener.open("mysql://db.example/quotes", true));
    assertEquals("cannot open store mysql://...: unknown kind of store; give a SQLite file path", e.getMessage());
  }

  @Test
  void aBlankLocationIsRefused() {
    StoreException e = assertThrows(StoreException.class, () -> StoreOpener.open(" ", true));
    assertEquals("no store location given", e.getMessage());
  }
}
