package org.quotetrail.bench;

/**
 * A system the scale benchmark ({@code bench --scale}) ingests generated articles into, with
 * cross-article linking. The core's own are SQLite and PostgreSQL ({@link StoreScaleTarget}); other
 * modules add theirs as services ({@code META-INF/services/org.quotetrail.bench.ScaleTarget}),
 * found when their jar is on the class path, so that the core never depends on them (the Spark job).
 */
public interface ScaleTarget {
  /**
   * What one run took.
   *
   * @param bytes UTF-8 bytes of the generated articles' text
   * @param nanos wall-clock time of the measured work only (not generating the articles, not writing
   *     input files for it)
   * @param cpuNanos CPU time of the whole process over the measured work ({@link #processCpuNanos}):
   *     on a shared machine it shows the cost where the wall clock shows the load
   */
  record Run(long bytes, long nanos, long cpuNanos) {}

  /** CPU time the process has used so far, all threads (JIT and garbage collector too). */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The name {@code --only} selects it by: "sqlite", "pg", "spark". */
  String name();

  /** Whether it runs in this benchmark unless {@code --only} names it: services say so when their option is given. */
  default boolean byDefault() {
    return true;
  }

  /**
   * Ingests articles 0 to {@code articles - 1} of {@code generator}'s corpus of stories of {@code
   * perStory} articles ({@link CorpusGenerator#storyArticle}) into a new, empty store or output,
   * links them, and removes what it made.
   */
  Run run(CorpusGenerator generator, int articles, int perStory) throws Exception;
}
