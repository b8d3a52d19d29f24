package org.quotetrail.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quotetrail.Extractor;
import org.quotetrail.eval.ErrorLog;
import org.quotetrail.eval.EvaluationReport;
import org.quotetrail.eval.ExtractorSource;
import org.quotetrail.eval.PolnearCorpus;
import org.quotetrail.eval.QuotationSource;
import org.quotetrail.eval.QuoteEvaluation;
import org.quotetrail.eval.QuoteMarkBaseline;
import org.quotetrail.eval.ReportPrinter;
import org.quotetrail.quote.CueModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval quotes}: scores quotation spans, speakers and cues on a PolNeAR split. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Score the extractor's quotations on a PolNeAR split: P/R/F1 of quotation spans at 30%% and 80%%",
      "word coverage (overall, quote-marked, reported), speaker and cue accuracy. See docs/evaluation.md."
    })
final class EvalQuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "A PolNeAR split folder (text/, attributions/).")
  Path polnear;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Score only the first N articles (by name).")
  int limit;

  @Option(names = "--errors", paramLabel = "FILE", description = "Write misses, false positives and wrong speakers as TSV.")
  Path errors;

  @Option(names = "--baseline", paramLabel = "NAME", description = "Score a baseline instead of the extractor: quote-marks.")
  String baseline;

  @Option(names = "--cue-model", paramLabel = "FILE", description = "Use this cue model (from 'train cues') instead of the shipped one.")
  Path cueModel;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PolnearCorpus corpus = new PolnearCorpus(polnear);
    int[] problems = {0};
    QuoteEvaluation evaluation = new QuoteEvaluation(source(), problem -> {
      problems[0]++;
      err.println("quotetrail: " + problem);
      err.flush();
    });
    EvaluationReport report;
    if (errors == null) {
      report = evaluation.run(corpus, limit, null);
    } else {
      try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
        report = evaluation.run(corpus, limit, new ErrorLog(log));
      }
    }
    out.print(json ? ReportPrinter.json(report).toPrettyString() + System.lineSeparator() : ReportPrinter.text(report));
    out.flush();
    return problems[0] == 0 ? 0 : Batch.SOME_INPUTS_FAILED;
  }

  private static CueModel readModel(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return CueModel.read(in, file.toString());
    }
  }

  private QuotationSource source() throws IOException {
    if (baseline == null) {
      return new ExtractorSource(cueModel == null ? Extractor.standard() : Extractor.standard(readModel(cueModel)));
    }
    if (baseline.equals("quote-marks")) {
      return new QuoteMarkBaseline();
    }
    throw new IllegalArgumentException("unknown baseline '" + baseline + "' (known: quote-marks)");
  }
}
