package org.quotetrail.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.quotetrail.ingest.InputProblem;

/**
 * Scores a source of quotations on a PolNeAR split: each article's predictions are matched to its
 * gold at 30% and 80% word coverage, and the counts add up into one report. An article whose
 * extraction fails is reported as a problem and scored with no predictions, so its gold still
 * counts as missed.
 */
public final class QuoteEvaluation {
  /** The coverage thresholds; speakers and cues are judged at the first. */
  public static final double[] THRESHOLDS = {0.3, 0.8};

  private final QuotationSource source;
  private final Consumer<InputProblem> problems;

  /** Scores {@code source}; each unreadable article or failed extraction goes to {@code problems}. */
  public QuoteEvaluation(QuotationSource source, Consumer<InputProblem> problems) {
    this.source = source;
    this.problems = problems;
  }

  /**
   * Scores the first {@code limit} articles of {@code corpus} (all when {@code limit} is not
   * positive), writing error rows to {@code errors} when it is not null.
   */
  public EvaluationReport run(PolnearCorpus corpus, int limit, ErrorLog errors) {
    ScoreTally tally = new ScoreTally(THRESHOLDS);
    List<Path> texts = corpus.texts();
    for (Path file : limit > 0 ? texts.subList(0, Math.min(limit, texts.size())) : texts) {
      PolnearArticle article;
      try {
        article = corpus.read(file);
      } catch (IOException | RuntimeException e) {
        problems.accept(InputProblem.of(file.toString(), describe(e)));
        tally.failed();
        continue;
      }
      ArticleMatch match = ArticleMatch.of(article, predict(article, file, tally), THRESHOLDS);
      tally.add(match);
      if (errors != null) {
        errors.write(match);
      }
    }
    return tally.report(source.name());
  }

  private List<Prediction> predict(PolnearArticle article, Path file, ScoreTally tally) {
    try {
      return source.predict(article);
    } catch (RuntimeException e) {
      problems.accept(InputProblem.of(file.toString(), source.name() + " failed: " + describe(e)));
      tally.failed();
      return List.of();
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
  }
}
