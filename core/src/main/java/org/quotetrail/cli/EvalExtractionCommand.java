package org.quotetrail.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.quotetrail.clean.html.HtmlCleaner;
import org.quotetrail.eval.extraction.ExtractionBenchmark;
import org.quotetrail.eval.extraction.ExtractionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval extraction}: scores HTML body extraction on the article-extraction benchmark. */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = "Score article body extraction from HTML: precision, recall and F1 of word 4-grams, and pages/second.")
final class EvalExtractionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--benchmark", required = true, paramLabel = "DIR",
      description = "The benchmark folder: html/<id>.html.gz and ground-truth.json.")
  Path benchmark;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--worst", defaultValue = "0", paramLabel = "N", description = "Also list the N pages scored worst.")
  int worst;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ExtractionReport report = ExtractionBenchmark.load(benchmark).score(new HtmlCleaner(), worst);
    if (json) {
      out.println(asJson(report));
    } else {
      out.printf(Locale.ROOT, "pages %d%nprecision %.4f%nrecall %.4f%nF1 %.4f%npages/second %.0f (one thread)%n",
          report.pages(), report.precision(), report.recall(), report.f1(), report.pagesPerSecond());
      for (ExtractionReport.PageScore s : report.worst()) {
        out.printf(Locale.ROOT, "  F1 %.3f  P %.3f  R %.3f  %s  %s%n", s.f1(), s.overlap().precision(),
            s.overlap().recall(), s.id(), s.url());
      }
    }
    out.flush();
    return 0;
  }

  private static String asJson(ExtractionReport report) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("pages", report.pages());
    node.put("precision", report.precision());
    node.put("recall", report.recall());
    node.put("f1", report.f1());
    node.put("pagesPerSecond", report.pagesPerSecond());
    return node.toString();
  }
}
