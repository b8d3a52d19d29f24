package org.quotetrail.spark.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.quotetrail.Extractor;
import org.quotetrail.bench.CorpusGenerator;
import org.quotetrail.ingest.ArticleSink;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.ingest.Inputs;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.ingest.warc.WarcFileReader;
import org.quotetrail.json.ArticleJson;
import org.quotetrail.spark.JobOptions;
import org.quotetrail.spark.JobSummary;
import org.quotetrail.spark.QuoteJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the Spark job in local mode against plain extraction ({@code extract}'s work: read the WARC,
 * extract, print JSON) on the same generated WARC files, and prints articles per second for both
 * and per core, the best of a few rounds. Both sides run once untimed over the corpus first, so that
 * both are timed with compiled code: a long job's steady state. The job's first run in a new session
 * (start-up, code generation) is printed apart.
 */
@Command(name = "quotejob-bench", mixinStandardHelpOptions = true,
    description = "Spark job in local mode versus plain extraction, articles/s per core.")
public final class QuoteJobBench implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "4000", description = "Articles in the corpus (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--files", defaultValue = "8", description = "WARC files to spread them over (default ${DEFAULT-VALUE}).")
  int files;

  @Option(names = "--cores", split = ",", defaultValue = "1,2", description = "Spark local[N] runs (default ${DEFAULT-VALUE}).")
  List<Integer> cores;

  @Option(names = "--seed", defaultValue = "1", description = "Corpus seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--dir", description = "Working folder (default: a new temporary folder).")
  Path dir;

  public static void main(String[] args) {
    System.exit(new CommandLine(new QuoteJobBench()).execute(args));
  }

  @Option(names = "--rounds", defaultValue = "3",
      description = "Rounds, each timing every side once; the best of each is reported (default ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws IOException {
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("quotejob-bench");
    List<Path> warcs = writeCorpus(work.resolve("corpus"));
    extractPlain(warcs);
    for (int n : cores) {
      SparkSession spark = SparkSession.builder().master("local[" + n + "]").appName("quotejob-bench")
          .config("spark.ui.enabled", "false").getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      try {
        double cold = runJob(spark, work);
        // Rounds interleave the two sides, so that a change in the machine's load hits both alike.
        double plain = 0;
        double job = 0;
        for (int round = 0; round < rounds; round++) {
          plain = Math.max(plain, rate(articles, time(() -> extractPlain(warcs))));
          job = Math.max(job, rate(articles, runJob(spark, work)));
        }
        System.out.printf("plain extract, 1 thread: %.0f articles/s%n", plain);
        System.out.printf("spark local[%d]: %.0f articles/s, %.0f per core = %.2f of plain per core"
            + " (first run in a new session: %.1f s)%n", n, job, job / n, job / n / plain, cold);
      } finally {
        spark.stop();
      }
    }
    return 0;
  }

  private List<Path> writeCorpus(Path folder) throws IOException {
    Files.createDirectories(folder);
    CorpusGenerator generator = new CorpusGenerator(seed);
    List<Path> warcs = new ArrayList<>();
    long bytes = 0;
    for (int f = 0; f < files; f++) {
      Path file = folder.resolve(String.format("part-%03d.warc.gz", f));
      bytes += CorpusWarc.write(generator::article, f * articles / files, (f + 1) * articles / files, file);
      warcs.add(file);
    }
    System.out.printf("corpus: %d articles, %d WARC files, %.1f MB of HTML in %s%n", articles, files, bytes / 1e6, folder);
    return warcs;
  }

  /** What {@code extract} does with the files, on one thread, its JSON written nowhere. */
  private static void extractPlain(List<Path> warcs) {
    Extractor extractor = Extractor.standard();
    WarcFileReader reader = new WarcFileReader(Inputs.MAX_ARTICLE_BYTES);
    Writer out = Writer.nullWriter();
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(RawArticle article) {
        try {
          out.write(ArticleJson.article(extractor.extract(article)).toString());
        } catch (IOException e) {
          throw new IllegalStateException("a null writer failed", e);
        }
      }

      @Override
      public void problem(InputProblem problem) {
        throw new IllegalStateException("generated corpus has a problem: " + problem);
      }
    };
    warcs.forEach(file -> reader.read(file, sink));
  }

  /** Seconds the job takes on the whole corpus. */
  private double runJob(SparkSession spark, Path work) throws IOException {
    long start = System.nanoTime();
    JobSummary summary = QuoteJob.run(spark, new JobOptions(List.of(work.resolve("corpus").toString()), work.resolve("out").toString(), null, true, false));
    double seconds = (System.nanoTime() - start) / 1e9;
    if (summary.articles() != articles || summary.problems() != 0) {
      throw new IllegalStateException("the job read " + summary.report());
    }
    return seconds;
  }

  private static double time(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double rate(int count, double seconds) {
    return count / seconds;
  }
}
