package org.quotetrail.eval;

import java.util.ArrayList;
import java.util.List;
import org.quotetrail.eval.EvaluationReport.Accuracy;
import org.quotetrail.eval.EvaluationReport.Score;
import org.quotetrail.eval.EvaluationReport.ThresholdScores;

/** Adds up article matches into the figures of an {@link EvaluationReport}. */
final class ScoreTally {
  // Per threshold, per slice (0 overall, 1 quote-marked, 2 reported): gold, preds, matched gold, matched preds, fragments.
  private final double[] thresholds;
  private final int[][][] counts;
  private int articles;
  private int failedArticles;
  private int goldWithoutContent;
  private int unmapped;
  private int speakerEvaluated;
  private int speakerLenient;
  private int speakerStrict;
  private int foundWithoutSource;
  private int cueEvaluated;
  private int cueCorrect;

  ScoreTally(double... thresholds) {
    this.thresholds = thresholds.clone();
    this.counts = new int[thresholds.length][3][5];
  }

  void add(ArticleMatch match) {
    articles++;
    goldWithoutContent += match.article().withoutContent();
    for (Prediction p : match.predictions()) {
      unmapped += p.span() == null ? 1 : 0;
    }
    for (int t = 0; t < thresholds.length; t++) {
      addSpans(match, t);
    }
    addAttributions(match);
  }

  void failed() {
    failedArticles++;
  }

  private void addSpans(ArticleMatch match, int t) {
    for (int g = 0; g < match.goldMarked().length; g++) {
      boolean found = match.goldToPred()[t][g] >= 0;
      count(t, match.goldMarked()[g], 0, 1);
      count(t, match.goldMarked()[g], 2, found ? 1 : 0);
    }
    boolean[] matched = match.matchedPredictions(t);
    boolean[] fragments = match.fragments(t);
    for (int p = 0; p < matched.length; p++) {
      count(t, match.predMarked()[p], 1, 1);
      count(t, match.predMarked()[p], 3, matched[p] ? 1 : 0);
      count(t, match.predMarked()[p], 4, fragments[p] ? 1 : 0);
    }
  }

  private void count(int t, boolean marked, int field, int n) {
    counts[t][0][field] += n;
    counts[t][marked ? 1 : 2][field] += n;
  }

  private void addAttributions(ArticleMatch match) {
    String text = match.article().text();
    for (int[] pair : match.found()) {
      GoldRelation gold = match.article().relations().get(pair[0]);
      Prediction predicted = match.predictions().get(pair[1]);
      if (gold.source() == null) {
        foundWithoutSource++;
      } else {
        speakerEvaluated++;
        speakerLenient += AttributionJudge.speakerLenient(gold.sourceText(text), predicted) ? 1 : 0;
        speakerStrict += AttributionJudge.speakerStrict(gold.sourceText(text), predicted) ? 1 : 0;
      }
      if (gold.cue() != null) {
        cueEvaluated++;
        cueCorrect += AttributionJudge.cue(gold.cueText(text), predicted) ? 1 : 0;
      }
    }
  }

  EvaluationReport report(String system) {
    List<ThresholdScores> scores = new ArrayList<>();
    for (int t = 0; t < thresholds.length; t++) {
      scores.add(new ThresholdScores(thresholds[t], score(t, 0), score(t, 1), score(t, 2)));
    }
    return new EvaluationReport(
        system,
        articles,
        failedArticles,
        counts.length == 0 ? 0 : counts[0][0][0],
        goldWithoutContent,
        counts.length == 0 ? 0 : counts[0][0][1],
        unmapped,
        scores,
        new Accuracy(speakerEvaluated, speakerLenient),
        new Accuracy(speakerEvaluated, speakerStrict),
        foundWithoutSource,
        new Accuracy(cueEvaluated, cueCorrect));
  }

  private Score score(int t, int slice) {
    int[] c = counts[t][slice];
    return new Score(c[0], c[1], c[2], c[3], c[4]);
  }
}
