package org.quotetrail.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quotetrail.Extractor;
import org.quotetrail.eval.stories.CorpusArticle;
import org.quotetrail.eval.stories.CorpusLinking;
import org.quotetrail.store.Store;

/** The store an evaluation links a corpus in: a file the user names, or a temporary one deleted afterwards. */
final class EvalStore {
  private EvalStore() {}

  /** Links {@code articles} in a new store at {@code db}, or in a temporary store when null. */
  static CorpusLinking.Linked link(List<CorpusArticle> articles, Path db) throws IOException {
    return run(articles, db, (linked, store) -> linked);
  }

  /** What an evaluation does with the linked corpus while its store is open. */
  @FunctionalInterface
  interface WithStore<T> {
    T apply(CorpusLinking.Linked linked, Store store);
  }

  static <T> T run(List<CorpusArticle> articles, Path db, WithStore<T> then) throws IOException {
    Path folder = db == null ? Files.createTempDirectory("quotetrail-eval") : null;
    Path file = db == null ? folder.resolve("eval.db") : db;
    if (db != null && Files.exists(db)) {
      throw new IllegalArgumentException(db + ": exists; an evaluation needs a new store");
    }
    try (Store store = Store.open(file.toString())) {
      return then.apply(CorpusLinking.run(articles, store, Extractor.standard()), store);
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
