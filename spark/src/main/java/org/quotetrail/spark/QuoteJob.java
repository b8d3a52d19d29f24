package org.quotetrail.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.quotetrail.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job: reads WARC files from any Hadoop file system, one task per file, runs the core's
 * per-article pipeline in the executors and writes the articles and their quotations as Parquet,
 * optionally loading them into a database as well; then links the articles across the result on
 * the driver ({@link ResultLinking}) and writes stories, variants, credits and replies as Parquet,
 * and links the database's new articles as {@code ingest} would. Submit with {@code spark-submit --class
 * org.quotetrail.spark.QuoteJob quotetrail-spark.jar --input PATH --output DIR}.
 */
@Command(
    name = "quotetrail-spark",
    mixinStandardHelpOptions = true,
    description = "Extract attributed quotations from WARC files with Spark; write Parquet.")
public final class QuoteJob implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "WARC file, folder or glob on any Hadoop file system (file:, hdfs:, s3a:); repeatable.")
  List<String> inputs;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Folder for the Parquet datasets articles/ and quotations/.")
  String output;

  @Option(names = "--jdbc", paramLabel = "STORE",
      description = "Also save the articles into this store (SQLite file or postgresql:// URL), and link them there.")
  String jdbc;

  @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
  boolean overwrite;

  @Option(names = "--no-link",
      description = "Skip cross-article linking: write articles/ and quotations/ only; leave the --jdbc store unlinked.")
  boolean noLink;

  public static void main(String[] args) {
    int status = new CommandLine(new QuoteJob()).execute(args);
    if (status != 0) {
      System.exit(status);
    }
  }

  @Override
  public Integer call() throws IOException {
    JobOptions options = new JobOptions(inputs, output, jdbc, overwrite, !noLink);
    SparkSession spark = SparkSession.builder().appName("quotetrail").getOrCreate();
    try {
      run(spark, options).report().forEach(System.out::println);
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("quotetrail-spark: " + e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in {@code spark} and returns what it did.
   *
   * @throws IllegalArgumentException naming the input or output when an input holds no WARC file
   *     or the output exists and may not be replaced
   * @throws IOException when a file system cannot be listed
   */
  public static JobSummary run(SparkSession spark, JobOptions options) throws IOException {
    SparkContext sc = spark.sparkContext();
    Configuration hadoop = sc.hadoopConfiguration();
    checkOutput(options, hadoop);
    List<String> files = WarcInputs.list(options.inputs(), hadoop);
    if (options.jdbc() != null) {
      // Creates and migrates the schema once, here, rather than in many tasks at once.
      Store.open(options.jdbc()).close();
    }
    JobCounters counters = JobCounters.register(sc);
    ArchiveExtraction extraction = new ArchiveExtraction(SerializableConfiguration.broadcast(sc, hadoop), counters, options.jdbc());
    // As many partitions as files: one task reads one archive from start to end.
    JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(sc).parallelize(files, files.size()).mapPartitions(extraction);
    SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    spark.createDataFrame(rows, ArticleRows.ARTICLE).write().mode(mode).parquet(options.articles());
    quotations(spark.read().parquet(options.articles())).write().mode(mode).parquet(options.quotations());
    JobSummary summary = counters.summary(files.size());
    if (!options.link()) {
      return summary;
    }
    summary = summary.withLinks(ResultLinking.run(spark, options));
    return options.jdbc() == null ? summary : summary.withStoreLinks(ResultLinking.linkStore(options.jdbc()));
  }

  /**
   * One row per quotation, flat for queries: the article's source, the quotation's index in the
   * article, then the quotation's own fields. Read back from the written articles, so the
   * pipeline runs once.
   */
  static Dataset<Row> quotations(Dataset<Row> articles) {
    return articles
        .select(col("source").as("article_source"), posexplode(col("quotes")))
        .select(col("article_source"), col("pos").as("index"), col("col.*"));
  }

  private static void checkOutput(JobOptions options, Configuration hadoop) throws IOException {
    Path out = new Path(options.output());
    if (!options.overwrite() && out.getFileSystem(hadoop).exists(out)) {
      throw new IllegalArgumentException("output " + options.output() + " already exists (--overwrite replaces it)");
    }
  }
}
