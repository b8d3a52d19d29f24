package org.quotetrail.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.link.ArticleLinker;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.store.SaveResult;
import org.quotetrail.store.Store;

/**
 * Ingests articles into a store as {@code ingest} does, a group at a time: extracts them, saves
 * them all with one commit ({@link Store#beginGroup}), then links them ({@link ArticleLinker#linkAll}).
 * The benchmarks time this so that they measure what users run.
 */
final class GroupedIngest {
  /**
   * How long one group took, by the clock and in CPU time of the ingesting thread. The thread's CPU
   * time leaves out what other processes, the JIT compiler and the garbage collector took, which on
   * a shared machine, or in a run of a few thousand articles, is a large and varying part of the
   * clock's time.
   *
   * @param ingestNanos extracting, saving and linking its articles
   * @param linkNanos the linking part of that
   * @param ingestCpuNanos the thread's CPU time for the whole (-1 when the JVM cannot measure it)
   * @param linkCpuNanos the thread's CPU time for linking (-1 when the JVM cannot measure it)
   */
  record Timing(long ingestNanos, long linkNanos, long ingestCpuNanos, long linkCpuNanos) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Store store;
  private final Extractor extractor;
  private final ArticleLinker linker;

  GroupedIngest(Store store, Extractor extractor) {
    this.store = store;
    this.extractor = extractor;
    this.linker = new ArticleLinker(store.links());
  }

  /** Ingests {@code articles}, which should be at most {@link org.quotetrail.store.GroupCommits#MAX_UNITS}, as one group. */
  Timing ingest(List<RawArticle> articles) {
    long start = System.nanoTime();
    long startCpu = threadCpuNanos();
    List<ExtractedArticle> extracted = articles.stream().map(extractor::extract).toList();
    List<SaveResult> saved = new ArrayList<>();
    try (Store.Group group = store.beginGroup()) {
      for (ExtractedArticle article : extracted) {
        saved.add(store.save(article));
      }
    }
    long linkStart = System.nanoTime();
    long linkStartCpu = threadCpuNanos();
    Map<Long, Instant> fetched = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i).fetched() != null) {
        fetched.put(saved.get(i).articleId(), articles.get(i).fetched());
      }
    }
    linker.linkAll(saved.stream().map(SaveResult::articleId).toList(), fetched, (id, e) -> {
      throw e;
    });
    long end = System.nanoTime();
    long endCpu = threadCpuNanos();
    boolean measured = startCpu >= 0 && endCpu >= 0;
    return new Timing(end - start, end - linkStart, measured ? endCpu - startCpu : -1, measured ? endCpu - linkStartCpu : -1);
  }

  private static long threadCpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
  }
}
