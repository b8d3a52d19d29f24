package org.quotetrail.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.quotetrail.store.Store;

/** The store a benchmark or an evaluation fills: a new file the user names, or a temporary one deleted afterwards. */
final class NewStore {
  private NewStore() {}

  static <T> T with(Path db, Function<Store, T> work) throws IOException {
    if (db != null && Files.exists(db)) {
      throw new IllegalArgumentException(db + ": exists; give a new file");
    }
    Path folder = db == null ? Files.createTempDirectory("quotetrail") : null;
    Path file = db == null ? folder.resolve("store.db") : db;
    try (Store store = Store.open(file.toString())) {
      return work.apply(store);
    } finally {
      if (folder != null) {
        try (var files = Files.list(folder)) {
          for (Path p : files.toList()) {
            Files.deleteIfExists(p);
          }
        }
        Files.deleteIfExists(folder);
      }
    }
  }
}
