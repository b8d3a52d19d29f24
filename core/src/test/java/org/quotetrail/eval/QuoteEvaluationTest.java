package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.text.Span;

class QuoteEvaluationTest {
  @TempDir Path dir;

  @Test
  void scoresTheBaselineOverAllArticlesByKind() throws IOException {
    EvaluationReport report = new QuoteEvaluation(new QuoteMarkBaseline(), p -> {})
        .run(new PolnearCorpus(TinyPolnear.write(dir)), 0, null);
    assertEquals(2, report.articles());
    assertEquals(2, report.goldRelations());
    assertEquals(new EvaluationReport.Score(2, 2, 1, 1, 0), report.at(0.3).overall());
    assertEquals(new EvaluationReport.Score(1, 2, 1, 1, 0), report.at(0.3).quoteMarked());
    assertEquals(new EvaluationReport.Score(1, 0, 0, 0, 0), report.at(0.3).reported());
    assertEquals(new EvaluationReport.Accuracy(1, 0), report.speakerLenient());
    assertEquals(new EvaluationReport.Accuracy(1, 0), report.cue());
  }

  @Test
  void judgesSpeakerAndCueOfFoundQuotations() throws IOException {
    QuotationSource reyes = named("test", article -> article.id().equals("a1")
        ? List.of(new Prediction(new Span(17, 44), "The port reopens on Monday,", "harbour master Ada Reyes", "Ada Reyes", "said"))
        : List.of());
    EvaluationReport report = new QuoteEvaluation(reyes, p -> {}).run(new PolnearCorpus(TinyPolnear.write(dir)), 0, null);
    assertEquals(new EvaluationReport.Accuracy(1, 1), report.speakerStrict());
    assertEquals(new EvaluationReport.Accuracy(1, 1), report.cue());
    assertEquals(1.0, report.at(0.8).overall().precision());
  }

  @Test
  void aFailedExtractionIsReportedAndItsGoldCountsAsMissed() throws IOException {
    List<InputProblem> problems = new ArrayList<>();
    QuotationSource broken = named("broken", article -> {
      throw new IllegalStateException("no model");
    });
    EvaluationReport report = new QuoteEvaluation(broken, problems::add).run(new PolnearCorpus(TinyPolnear.write(dir)), 1, null);
    assertEquals(1, report.failedArticles());
    assertEquals(2, report.goldRelations());
    assertEquals(0, report.at(0.3).overall().matchedGold());
    assertEquals(1, problems.size());
    assertEquals(true, problems.get(0).message().startsWith("broken failed: no model"));
  }

  @Test
  void writesMissesAndFalsePositivesForErrorAnalysis() throws IOException {
    StringWriter tsv = new StringWriter();
    new QuoteEvaluation(new QuoteMarkBaseline(), p -> {})
        .run(new PolnearCorpus(TinyPolnear.write(dir)), 0, new ErrorLog(new PrintWriter(tsv)));
    List<String> rows = tsv.toString().lines().toList();
    assertEquals(List.of(
            "error\tkind\tarticle\tgold_text\tpredicted_text\tgold_source\tpredicted_speaker\tcoverage\tgold_cue\tpredicted_cue",
            "wrong-speaker\tquote-marked\ta1\tThe port reopens on Monday,\tThe port reopens on Monday,\tharbour master Ada Reyes\t\t1.00\tsaid\t",
            "miss\treported\ta1\tthe repairs will hold\t\tThe council\t\t\tbelieves\t",
            "false-positive\tquote-marked\ta2\t\thistoric\t\t\t\t\t"),
        rows);
  }

  @Test
  void anUnmatchedPredictionInsideAFoundQuotationIsLoggedAsAFragmentOfIt() throws IOException {
    // The whole quote is found; a second prediction of two of its words matches nothing.
    int begin = TinyPolnear.A1.indexOf("reopens on");
    QuotationSource split = named("split", article -> !article.id().equals("a1") ? List.of() : List.of(
        new Prediction(new Span(17, 44), "The port reopens on Monday,", null, "harbour master Ada Reyes", "said"),
        new Prediction(new Span(begin, begin + "reopens on".length()), "reopens on", null, null, null)));
    StringWriter tsv = new StringWriter();
    new QuoteEvaluation(split, p -> {}).run(new PolnearCorpus(TinyPolnear.write(dir)), 0, new ErrorLog(new PrintWriter(tsv)));
    assertEquals(List.of("miss\tthe repairs will hold", "fragment\tThe port reopens on Monday,"),
        tsv.toString().lines().skip(1).map(row -> row.split("\t")[0] + "\t" + row.split("\t")[3]).toList());
  }

  private static QuotationSource named(String name, java.util.function.Function<PolnearArticle, List<Prediction>> predict) {
    return new QuotationSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Prediction> predict(PolnearArticle article) {
        return predict.apply(article);
      }
    };
  }
}
