package org.quotetrail.eval;

import java.util.List;

/**
 * The figures of one evaluation run.
 *
 * @param system what was scored ("extractor", "quote-marks")
 * @param articles articles scored
 * @param failedArticles articles that could not be read or whose extraction failed (their gold
 *     still counts, as missed, when it could be read)
 * @param goldRelations gold relations with content: every one counts in recall
 * @param goldWithoutContent relations annotated without any content span (nothing to find; left out)
 * @param predictions predicted quotations
 * @param unmappedPredictions predictions that could not be placed in the original text (false
 *     positives)
 * @param thresholds span scores, one entry per coverage threshold
 * @param speakerLenient speaker accuracy on quotations found at the first threshold whose gold has
 *     a source, mention or canonical name counting
 * @param speakerStrict the same, mention only
 * @param foundWithoutSource found quotations whose gold has no source (left out of speaker accuracy)
 * @param cue cue accuracy on found quotations whose gold has a cue
 */
public record EvaluationReport(
    String system,
    int articles,
    int failedArticles,
    int goldRelations,
    int goldWithoutContent,
    int predictions,
    int unmappedPredictions,
    List<ThresholdScores> thresholds,
    Accuracy speakerLenient,
    Accuracy speakerStrict,
    int foundWithoutSource,
    Accuracy cue) {
  public EvaluationReport {
    thresholds = List.copyOf(thresholds);
  }

  /** The scores at one threshold, overall and by kind. */
  public record ThresholdScores(double threshold, Score overall, Score quoteMarked, Score reported) {}

  /**
   * Span scores of one slice. Precision counts predictions of the slice matched to any gold;
   * recall counts gold of the slice matched to any prediction. Fragments are unmatched predictions
   * inside the content of a found gold (see {@link ArticleMatch#fragments}): false positives for
   * the one-to-one scores, forgiven by {@link #fragmentPrecision} for comparison with protocols
   * that judge each prediction on its own.
   */
  public record Score(int gold, int predictions, int matchedGold, int matchedPredictions, int fragments) {
    public double precision() {
      return ratio(matchedPredictions, predictions);
    }

    /** Precision when fragments are not held as false positives. */
    public double fragmentPrecision() {
      return ratio(matchedPredictions + fragments, predictions);
    }

    /** F1 from {@link #fragmentPrecision} and the recall. */
    public double fragmentF1() {
      return harmonic(matchedPredictions + fragments, predictions, matchedGold, gold);
    }

    public double recall() {
      return ratio(matchedGold, gold);
    }

    public double f1() {
      return harmonic(matchedPredictions, predictions, matchedGold, gold);
    }
  }

  /** How many of the evaluated cases were right. */
  public record Accuracy(int evaluated, int correct) {
    public double value() {
      return ratio(correct, evaluated);
    }
  }

  /** The scores at {@code threshold}. */
  public ThresholdScores at(double threshold) {
    return thresholds.stream()
        .filter(t -> t.threshold() == threshold)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no scores at threshold " + threshold));
  }

  /**
   * The harmonic mean of precision {@code right / predicted} and recall {@code found / gold}, from
   * the counts with one division: 2PR / (P + R) computed from the two ratios rounds twice more, and
   * gave 0.7999999999999999 for an F1 of exactly 0.8.
   */
  private static double harmonic(int right, int predicted, int found, int gold) {
    if (predicted == 0 || gold == 0) {
      return 0;
    }
    double denominator = (double) right * gold + (double) found * predicted;
    return denominator == 0 ? 0 : 2.0 * right * found / denominator;
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
