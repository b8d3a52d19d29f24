package org.quotetrail.spark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.quotetrail.bench.CorpusGenerator;
import org.quotetrail.bench.ScaleTarget;
import org.quotetrail.spark.JobOptions;
import org.quotetrail.spark.JobSummary;
import org.quotetrail.spark.QuoteJob;

/**
 * The Spark job as a target of {@code bench --scale} ({@code --spark}), in {@code local[1]}: the
 * generated articles are written as HTML pages into {@code .warc.gz} files of {@link
 * #ARTICLES_PER_FILE} (untimed), then the job is timed from start to end, cross-article linking
 * included. One Spark session serves every run in the JVM. MB/s counts the HTML read.
 */
public final class SparkScaleTarget implements ScaleTarget {
  /** Articles per WARC file: one task each, as a crawl's files would be. */
  static final int ARTICLES_PER_FILE = 2000;

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public boolean byDefault() {
    return false;
  }

  @Override
  public Run run(CorpusGenerator generator, int articles, int perStory) throws IOException {
    Path work = Files.createTempDirectory("quotetrail-scale-spark");
    try {
      Path corpus = Files.createDirectories(work.resolve("corpus"));
      long bytes = 0;
      for (int from = 0; from < articles; from += ARTICLES_PER_FILE) {
        Path file = corpus.resolve(String.format("part-%05d.warc.gz", from / ARTICLES_PER_FILE));
        bytes += CorpusWarc.write(i -> generator.storyArticle(i, perStory), from, Math.min(articles, from + ARTICLES_PER_FILE), file);
      }
      SparkSession spark = session();
      long cpu = ScaleTarget.processCpuNanos();
      long start = System.nanoTime();
      JobSummary summary = QuoteJob.run(spark, new JobOptions(List.of(corpus.toString()), work.resolve("out").toString(), null, false, true));
      long nanos = System.nanoTime() - start;
      long cpuNanos = ScaleTarget.processCpuNanos() - cpu;
      if (summary.articles() != articles || summary.problems() != 0 || summary.links().linked() + summary.links().duplicates() != articles) {
        throw new IllegalStateException("the Spark job did not read and link every generated article: " + summary.report());
      }
      return new Run(bytes, nanos, cpuNanos);
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static SparkSession session() {
    SparkSession spark = SparkSession.builder().master("local[1]").appName("quotetrail-scale")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
