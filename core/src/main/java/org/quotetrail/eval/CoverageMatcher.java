package org.quotetrail.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.quotetrail.text.Span;

/**
 * Matches predicted quotations to gold ones, one to one. A prediction covers a gold quotation to
 * the share of the gold content's words that lie wholly inside the predicted span; a pair may
 * match when that share reaches the threshold. The matching pairs as many gold quotations as
 * possible (a maximum bipartite matching, by augmenting paths), each gold trying its predictions
 * from the best covering down, so ties go to the closer prediction.
 */
public final class CoverageMatcher {
  private final double[][] coverage;

  private CoverageMatcher(double[][] coverage) {
    this.coverage = coverage;
  }

  /** Computes how much each prediction covers each gold relation of {@code article}. */
  public static CoverageMatcher of(PolnearArticle article, List<Prediction> predictions) {
    double[][] coverage = new double[article.relations().size()][predictions.size()];
    for (int g = 0; g < coverage.length; g++) {
      GoldRelation gold = article.relations().get(g);
      for (int p = 0; p < predictions.size(); p++) {
        Span span = predictions.get(p).span();
        coverage[g][p] = span == null ? 0 : coverage(article.text(), gold, span);
      }
    }
    return new CoverageMatcher(coverage);
  }

  /** The share of {@code gold}'s words inside {@code predicted}; for a gold without words, 1 if they overlap. */
  static double coverage(String text, GoldRelation gold, Span predicted) {
    int words = 0;
    int covered = 0;
    boolean overlaps = false;
    for (Span part : gold.content()) {
      overlaps |= part.overlaps(predicted);
      for (Span word : Words.in(text, part)) {
        words++;
        covered += predicted.contains(word) ? 1 : 0;
      }
    }
    if (words == 0) {
      return overlaps ? 1 : 0;
    }
    return (double) covered / words;
  }

  /** The coverage of gold {@code g} by prediction {@code p}. */
  public double coverage(int g, int p) {
    return coverage[g][p];
  }

  /** For each gold relation, the index of its matched prediction at {@code threshold}, or -1. */
  public int[] match(double threshold) {
    int predictions = coverage.length == 0 ? 0 : coverage[0].length;
    int[] predToGold = new int[predictions];
    Arrays.fill(predToGold, -1);
    for (int g = 0; g < coverage.length; g++) {
      augment(g, threshold, predToGold, new boolean[predictions]);
    }
    int[] goldToPred = new int[coverage.length];
    Arrays.fill(goldToPred, -1);
    for (int p = 0; p < predictions; p++) {
      if (predToGold[p] >= 0) {
        goldToPred[predToGold[p]] = p;
      }
    }
    return goldToPred;
  }

  /** Kuhn's augmenting path from gold {@code g}: true when it got a prediction. */
  private boolean augment(int g, double threshold, int[] predToGold, boolean[] seen) {
    for (int p : candidates(g, threshold)) {
      if (seen[p]) {
        continue;
      }
      seen[p] = true;
      if (predToGold[p] < 0 || augment(predToGold[p], threshold, predToGold, seen)) {
        predToGold[p] = g;
        return true;
      }
    }
    return false;
  }

  private List<Integer> candidates(int g, double threshold) {
    List<Integer> out = new ArrayList<>();
    for (int p = 0; p < coverage[g].length; p++) {
      if (coverage[g][p] >= threshold && coverage[g][p] > 0) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparingDouble((Integer p) -> -coverage[g][p]));
    return out;
  }

  /** The prediction that covers gold {@code g} most, or -1 when none touches it: for error reports. */
  public int best(int g) {
    int best = -1;
    for (int p = 0; p < coverage[g].length; p++) {
      if (coverage[g][p] > 0 && (best < 0 || coverage[g][p] > coverage[g][best])) {
        best = p;
      }
    }
    return best;
  }
}
