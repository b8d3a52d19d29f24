package org.quotetrail.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.model.ExtractedArticle;

/**
 * The job's tallies as Spark accumulators: tasks add to them in the executors, the driver reads the
 * totals. Problems (corrupt records, unreadable pages, articles the pipeline or the store refused)
 * are counted in full; only the first few lines of each task are kept, so that a badly damaged
 * crawl cannot fill the driver's memory. A retried task adds its tallies again, so after failures
 * the counts are upper bounds.
 */
final class JobCounters implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many problem lines one task keeps for the report. */
  static final int PROBLEM_LINES_PER_TASK = 20;

  private final LongAccumulator articles;
  private final LongAccumulator quotations;
  private final LongAccumulator problems;
  private final LongAccumulator stored;
  private final LongAccumulator alreadyStored;
  private final CollectionAccumulator<String> problemLines;

  private JobCounters(SparkContext sc) {
    articles = sc.longAccumulator("articles");
    quotations = sc.longAccumulator("quotations");
    problems = sc.longAccumulator("problems");
    stored = sc.longAccumulator("articles stored");
    alreadyStored = sc.longAccumulator("articles already stored");
    problemLines = sc.collectionAccumulator("problem lines");
  }

  /** New counters, registered with {@code sc}; call on the driver. */
  static JobCounters register(SparkContext sc) {
    return new JobCounters(sc);
  }

  void extracted(ExtractedArticle article) {
    articles.add(1);
    quotations.add(article.quotes().size());
  }

  void problem(InputProblem problem) {
    problems.add(1);
    if (problemLines.value().size() < PROBLEM_LINES_PER_TASK) {
      problemLines.add(problem.toString());
    }
  }

  void stored(boolean before) {
    (before ? alreadyStored : stored).add(1);
  }

  /** The totals, read on the driver after the job. */
  JobSummary summary(int files) {
    List<String> lines = List.copyOf(problemLines.value());
    return new JobSummary(files, articles.value(), quotations.value(), problems.value(), stored.value(),
        alreadyStored.value(), lines, null, null);
  }
}
