package org.quotetrail.eval.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of a clustering with gold clusters: BCubed precision and recall (per item, the share
 * of its cluster in its gold cluster and of its gold cluster in its cluster, averaged) and pairwise
 * precision and recall (over pairs of items put together).
 *
 * @param items how many items were scored
 * @param bcubedPrecision BCubed precision
 * @param bcubedRecall BCubed recall
 * @param pairPrecision pairwise precision (1 when no pair was predicted)
 * @param pairRecall pairwise recall (1 when there is no gold pair)
 */
public record ClusterScores(int items, double bcubedPrecision, double bcubedRecall, double pairPrecision, double pairRecall) {
  public double bcubedF1() {
    return f1(bcubedPrecision, bcubedRecall);
  }

  public double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Scores {@code predicted} against {@code gold}: one cluster label of each for every item, in the same order. */
  public static ClusterScores of(List<String> predicted, List<String> gold) {
    if (predicted.size() != gold.size()) {
      throw new IllegalArgumentException("predicted and gold labels differ in number");
    }
    Map<String, Integer> predictedSizes = count(predicted);
    Map<String, Integer> goldSizes = count(gold);
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (int i = 0; i < gold.size(); i++) {
      int shared = both.get(predicted.get(i) + "\u0000" + gold.get(i));
      precision += (double) shared / predictedSizes.get(predicted.get(i));
      recall += (double) shared / goldSizes.get(gold.get(i));
    }
    int n = gold.size();
    long sharedPairs = both.values().stream().mapToLong(ClusterScores::pairs).sum();
    long predictedPairs = predictedSizes.values().stream().mapToLong(ClusterScores::pairs).sum();
    long goldPairs = goldSizes.values().stream().mapToLong(ClusterScores::pairs).sum();
    return new ClusterScores(n, n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n,
        predictedPairs == 0 ? 1 : (double) sharedPairs / predictedPairs, goldPairs == 0 ? 1 : (double) sharedPairs / goldPairs);
  }

  private static Map<String, Integer> count(List<String> labels) {
    Map<String, Integer> sizes = new HashMap<>();
    labels.forEach(l -> sizes.merge(l, 1, Integer::sum));
    return sizes;
  }

  private static long pairs(int size) {
    return (long) size * (size - 1) / 2;
  }
}
