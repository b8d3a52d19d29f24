package org.quotetrail.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.quotetrail.Extractor;
import org.quotetrail.bench.BenchResult;
import org.quotetrail.bench.Benchmark;
import org.quotetrail.bench.CorpusFolder;
import org.quotetrail.bench.CorpusGenerator;
import org.quotetrail.bench.LinkBenchmark;
import org.quotetrail.bench.ScaleBenchmark;
import org.quotetrail.bench.ScaleTarget;
import org.quotetrail.bench.StoreScaleTarget;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.json.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench}: measures extraction speed and heap on a generated corpus, or writes that corpus to disk. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Extract quotations from a generated corpus of invented ~4 KB articles held in memory, and print",
      "articles/s, MB/s, mean article size and peak heap (sum of the heap pools' peaks after a GC and",
      "peak reset: an upper bound). With --out, write the corpus as .txt files instead."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--articles", defaultValue = "2000", description = "Articles to generate (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--threads", defaultValue = "1", description = "Extraction threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--warmup", defaultValue = "500", description = "Untimed extractions first, for the JIT; with --scale, articles ingested untimed into each target first (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated corpus (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--out", paramLabel = "DIR", description = "Write the corpus to DIR as .txt files; do not benchmark.")
  Path out;

  @Option(names = "--ingest", description = {
      "Benchmark ingest with linking instead: extract, save and link each article into a new store, and",
      "print the mean time per article per --block of articles as the store grows: by the clock, and in CPU",
      "time of the ingesting thread (which leaves out other processes, the JIT compiler and the collector)."})
  boolean ingest;

  @Option(names = "--block", defaultValue = "1000", description = "With --ingest: articles per point of the curve (default ${DEFAULT-VALUE}).")
  int block;

  @Option(names = "--story-size", defaultValue = "4", description = "With --ingest or --scale: articles per generated story (default ${DEFAULT-VALUE}).")
  int storySize;

  @Option(names = "--db", paramLabel = "FILE", description = "With --ingest: the new store to fill (default: a temporary file, deleted).")
  Path db;

  @Option(names = "--scale", description = {
      "Print the scaling curve instead: for each --sizes N, ingest N generated articles with linking into",
      "a new SQLite store (and PostgreSQL with --pg, the Spark job with --spark) and print articles/s,",
      "MB/s, peak heap and ms/article, then ms/article at the largest N over the smallest."})
  boolean scale;

  @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000",
      description = "With --scale: corpus sizes (default ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--pg", paramLabel = "URL", description = "With --scale: also PostgreSQL, each run in a new schema of this database, dropped after.")
  String pg;

  @Option(names = "--spark", description = "With --scale: also the Spark job in local[1] (needs the spark module's jar on the class path).")
  boolean spark;

  @Option(names = "--only", paramLabel = "TARGET", description = "With --scale: only this target: sqlite, pg or spark.")
  String only;

  @Override
  public Integer call() throws Exception {
    if (articles < 1) {
      throw new ParameterException(spec.commandLine(), "--articles must be at least 1, not " + articles);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    CorpusGenerator generator = new CorpusGenerator(seed);
    if (scale) {
      scaleCurve(generator, stdout);
    } else if (ingest) {
      ingestCurve(generator, stdout);
    } else if (out != null) {
      long bytes = CorpusFolder.write(generator, articles, out);
      stdout.printf(Locale.ROOT, "wrote %d articles (%.1f MB) to %s%n", articles, bytes / 1e6, out);
    } else {
      Benchmark.Options options = options();
      List<RawArticle> corpus = generator.articles(articles);
      BenchResult result = new Benchmark(Extractor.standard(), options).run(corpus);
      stdout.println(json ? json(result).toString() : table(result));
    }
    stdout.flush();
    return 0;
  }

  private void ingestCurve(CorpusGenerator generator, PrintWriter stdout) throws IOException {
    if (block < 1 || storySize < 1) {
      throw new ParameterException(spec.commandLine(), "--block and --story-size must be at least 1");
    }
    LinkBenchmark bench = new LinkBenchmark(Extractor.standard(), generator, storySize);
    List<LinkBenchmark.Point> curve = NewStore.with(db, store -> bench.run(store, articles, block));
    stdout.println("stored  ms/article (extract+save+link)  ms/article (link)  thread cpu ms/article (all / link)");
    for (LinkBenchmark.Point p : curve) {
      stdout.printf(Locale.ROOT, "%6d  %33.2f  %17.2f  %17.2f / %.2f%n", p.stored(), p.ingestMillis(), p.linkMillis(),
          p.ingestCpuMillis(), p.linkCpuMillis());
    }
  }

  private void scaleCurve(CorpusGenerator generator, PrintWriter stdout) throws Exception {
    if (sizes.stream().anyMatch(n -> n < 1) || storySize < 1 || warmup < 0) {
      throw new ParameterException(spec.commandLine(), "--sizes and --story-size must be at least 1 and --warmup at least 0");
    }
    List<ScaleTarget> targets = scaleTargets();
    ScaleBenchmark bench = new ScaleBenchmark(generator, storySize, warmup);
    stdout.println("target  articles  seconds  articles/s   MB/s  peak heap MB  ms/article  cpu ms/article");
    stdout.flush();
    for (ScaleTarget target : targets) {
      bench.warmUp(target);
      List<ScaleBenchmark.Point> points = new ArrayList<>();
      for (int n : sizes) {
        ScaleBenchmark.Point p = bench.measure(target, n);
        points.add(p);
        stdout.printf(Locale.ROOT, "%-6s  %8d  %7.1f  %10.1f  %5.2f  %12.0f  %10.2f  %14.2f%n", p.target(), p.articles(),
            p.seconds(), p.articlesPerSecond(), p.megabytesPerSecond(), p.peakHeapBytes() / 1e6, p.millisPerArticle(),
            p.cpuMillisPerArticle());
        stdout.flush();
      }
      stdout.printf(Locale.ROOT, "%s: ms/article at %d / at %d = %.2f (cpu ms/article: %.2f)%n", target.name(),
          Collections.max(sizes), Collections.min(sizes), ScaleBenchmark.growth(points, ScaleBenchmark.Point::millisPerArticle),
          ScaleBenchmark.growth(points, ScaleBenchmark.Point::cpuMillisPerArticle));
      stdout.flush();
    }
  }

  /** SQLite, PostgreSQL with --pg, and the targets other modules provide when asked for, or only --only's. */
  private List<ScaleTarget> scaleTargets() {
    List<ScaleTarget> all = new ArrayList<>();
    all.add(StoreScaleTarget.sqlite());
    if (pg != null) {
      all.add(StoreScaleTarget.postgresql(pg));
    }
    ServiceLoader.load(ScaleTarget.class).forEach(all::add);
    boolean sparkFound = all.stream().anyMatch(t -> t.name().equals("spark"));
    if ((spark || "spark".equals(only)) && !sparkFound) {
      throw new ParameterException(spec.commandLine(),
          "--spark: the Spark target is not on the class path; run with the spark module's jar (docs/benchmark.md)");
    }
    if ("pg".equals(only) && pg == null) {
      throw new ParameterException(spec.commandLine(), "--only pg needs --pg URL");
    }
    if (only != null && !List.of("sqlite", "pg", "spark").contains(only)) {
      throw new ParameterException(spec.commandLine(), "--only: sqlite, pg or spark, not " + only);
    }
    return all.stream()
        .filter(t -> only != null ? t.name().equals(only) : t.byDefault() || t.name().equals("spark") && spark)
        .toList();
  }

  private Benchmark.Options options() {
    try {
      return new Benchmark.Options(threads, warmup);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static String table(BenchResult r) {
    return String.format(
        Locale.ROOT,
        "articles      %d%n"
            + "threads       %d%n"
            + "seconds       %.2f%n"
            + "articles/s    %.1f%n"
            + "MB/s          %.2f%n"
            + "mean article  %.0f bytes%n"
            + "peak heap     %.1f MB (sum of heap pool peaks)%n"
            + "quotations    %d",
        r.articles(), r.threads(), r.seconds(), r.articlesPerSecond(), r.megabytesPerSecond(),
        r.meanArticleBytes(), r.peakHeapMegabytes(), r.quotes());
  }

  static ObjectNode json(BenchResult r) {
    ObjectNode node = ArticleJson.MAPPER.createObjectNode();
    node.put("articles", r.articles());
    node.put("threads", r.threads());
    node.put("seconds", r.seconds());
    node.put("articles_per_second", r.articlesPerSecond());
    node.put("mb_per_second", r.megabytesPerSecond());
    node.put("mean_article_bytes", r.meanArticleBytes());
    node.put("peak_heap_bytes", r.peakHeapBytes());
    node.put("peak_heap_method", "sum of heap memory pool peaks after System.gc() and peak reset");
    node.put("quotations", r.quotes());
    return node;
  }
}
