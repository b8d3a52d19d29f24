package org.quotetrail.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.quotetrail.Extractor;
import org.quotetrail.bench.BenchResult;
import org.quotetrail.bench.Benchmark;
import org.quotetrail.bench.CorpusFolder;
import org.quotetrail.bench.CorpusGenerator;
import org.quotetrail.bench.LinkBenchmark;
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

  @Option(names = "--warmup", defaultValue = "500", description = "Untimed extractions first, for the JIT (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated corpus (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--out", paramLabel = "DIR", description = "Write the corpus to DIR as .txt files; do not benchmark.")
  Path out;

  @Option(names = "--ingest", description = {
      "Benchmark ingest with linking instead: extract, save and link each article into a new store, and",
      "print the mean time per article per --block of articles as the store grows."})
  boolean ingest;

  @Option(names = "--block", defaultValue = "1000", description = "With --ingest: articles per point of the curve (default ${DEFAULT-VALUE}).")
  int block;

  @Option(names = "--story-size", defaultValue = "4", description = "With --ingest: articles per generated story (default ${DEFAULT-VALUE}).")
  int storySize;

  @Option(names = "--db", paramLabel = "FILE", description = "With --ingest: the new store to fill (default: a temporary file, deleted).")
  Path db;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (articles < 1) {
      throw new ParameterException(spec.commandLine(), "--articles must be at least 1, not " + articles);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    CorpusGenerator generator = new CorpusGenerator(seed);
    if (ingest) {
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
    stdout.println("stored  ms/article (extract+save+link)  ms/article (link)");
    for (LinkBenchmark.Point p : curve) {
      stdout.printf(Locale.ROOT, "%6d  %33.2f  %17.2f%n", p.stored(), p.ingestMillis(), p.linkMillis());
    }
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
