package org.quotetrail.spark;

import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.Inputs;
import org.quotetrail.ingest.warc.WarcFileReader;

/**
 * The executor side of the job: turns a partition of WARC file names into article rows with the
 * core's per-article pipeline. Serialised to the executors; the pipeline itself is built once per
 * executor JVM and shared by its tasks, as {@link Extractor} allows.
 */
final class ArchiveExtraction implements FlatMapFunction<Iterator<String>, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<SerializableConfiguration> hadoopConf;
  private final JobCounters counters;
  private final String jdbc;

  /** Extraction reading files with {@code hadoopConf}; {@code jdbc} names a store to load, or is null. */
  ArchiveExtraction(Broadcast<SerializableConfiguration> hadoopConf, JobCounters counters, String jdbc) {
    this.hadoopConf = hadoopConf;
    this.counters = counters;
    this.jdbc = jdbc;
  }

  @Override
  public Iterator<Row> call(Iterator<String> files) {
    ArticleLoader loader = jdbc == null ? null : new ArticleLoader(jdbc, counters);
    PartitionRows rows = new PartitionRows(files, hadoopConf.value().value(), Shared.READER, Shared.EXTRACTOR,
        counters, loader);
    TaskContext task = TaskContext.get();
    if (task != null) {
      // Also when the task fails or is killed: stops the reading thread and closes the database.
      task.addTaskCompletionListener((TaskCompletionListener) context -> rows.close());
    }
    return rows;
  }

  /** What every task of an executor shares: built at first use, immutable and thread-safe. */
  private static final class Shared {
    static final Extractor EXTRACTOR = Extractor.standard();
    static final WarcFileReader READER = new WarcFileReader(Inputs.MAX_ARTICLE_BYTES);
  }
}
