package org.quotetrail.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.quotetrail.Extractor;
import org.quotetrail.eval.stories.CorpusArticle;
import org.quotetrail.eval.stories.CorpusLinking;
import org.quotetrail.store.Store;

/** Links an evaluation corpus in a new store ({@link NewStore}) and hands the result on while the store is open. */
final class EvalStore {
  private EvalStore() {}

  /** What an evaluation does with the linked corpus while its store is open. */
  @FunctionalInterface
  interface WithStore<T> {
    T apply(CorpusLinking.Linked linked, Store store);
  }

  /** Links {@code articles} in a new store at {@code db} (temporary when null). */
  static CorpusLinking.Linked link(List<CorpusArticle> articles, Path db) throws IOException {
    return run(articles, db, (linked, store) -> linked);
  }

  static <T> T run(List<CorpusArticle> articles, Path db, WithStore<T> then) throws IOException {
    return NewStore.with(db, store -> then.apply(CorpusLinking.run(articles, store, Extractor.standard()), store));
  }
}
