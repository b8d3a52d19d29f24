package org.quotetrail.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.quotetrail.clean.ArticleCleaner;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.ingest.TextDecoder;
import org.quotetrail.ingest.html.HtmlDecoder;

/**
 * The article-extraction benchmark: a folder with {@code html/<id>.html.gz} pages and
 * {@code ground-truth.json} ({@code {id: {"articleBody": ..., "url": ...}}}), and the way it scores
 * a cleaner.
 */
public final class ExtractionBenchmark {
  private final List<BenchmarkPage> pages;

  private ExtractionBenchmark(List<BenchmarkPage> pages) {
    this.pages = List.copyOf(pages);
  }

  /** Loads the benchmark in {@code folder}; a page that is missing or unreadable is an error naming it. */
  public static ExtractionBenchmark load(Path folder) throws IOException {
    Path truthFile = folder.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      throw new IOException("not a benchmark folder (no ground-truth.json): " + folder);
    }
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    List<BenchmarkPage> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Path file = folder.resolve("html").resolve(entry.getKey() + ".html.gz");
      String url = entry.getValue().path("url").asText(null);
      RawArticle page = new RawArticle(file.toString(), RawArticle.Format.HTML, read(file), url, null);
      pages.add(new BenchmarkPage(entry.getKey(), page, entry.getValue().path("articleBody").asText("")));
    }
    pages.sort(Comparator.comparing(BenchmarkPage::id));
    return new ExtractionBenchmark(pages);
  }

  private static String read(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      TextDecoder.Result decoded = HtmlDecoder.decode(in.readAllBytes(), null);
      if (!decoded.ok()) {
        throw new IOException(file + ": " + decoded.problem());
      }
      return decoded.text();
    }
  }

  public List<BenchmarkPage> pages() {
    return pages;
  }

  /**
   * Scores {@code cleaner}: one untimed warm-up pass (so the JIT has compiled the hot code), then a
   * timed pass on this thread, timing only the cleaning; {@code worst} pages are kept for analysis.
   */
  public ExtractionReport score(ArticleCleaner cleaner, int worst) {
    for (BenchmarkPage p : pages) {
      cleaner.clean(p.page());
    }
    List<String> bodies = new ArrayList<>(pages.size());
    long start = System.nanoTime();
    for (BenchmarkPage p : pages) {
      bodies.add(cleaner.clean(p.page()).body());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<ExtractionReport.PageScore> scores = new ArrayList<>();
    double precision = 0;
    double recall = 0;
    for (int i = 0; i < pages.size(); i++) {
      BenchmarkPage p = pages.get(i);
      ShingleOverlap overlap = ShingleOverlap.of(p.truth(), bodies.get(i));
      precision += overlap.precision();
      recall += overlap.recall();
      scores.add(new ExtractionReport.PageScore(p.id(), p.page().url(), overlap));
    }
    scores.sort(Comparator.comparingDouble(ExtractionReport.PageScore::f1));
    int n = Math.max(1, pages.size());
    return new ExtractionReport(pages.size(), precision / n, recall / n, pages.size() / seconds,
        scores.subList(0, Math.min(worst, scores.size())));
  }
}
