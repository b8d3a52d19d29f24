package org.quotetrail.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Binary logistic regression over sparse string features, fitted by stochastic gradient descent
 * with L2 regularisation. Deterministic: the example order is shuffled with a fixed seed.
 *
 * @param epochs passes over the examples
 * @param learningRate the initial step, decaying as 1 / (1 + epoch)
 * @param l2 the regularisation strength per example
 * @param minCount features seen fewer times than this are left out (they would only memorise)
 */
record LogisticRegression(int epochs, double learningRate, double l2, int minCount) {
  /** Weights smaller than this are dropped from the fit: they change no decision and would bloat the model file. */
  private static final double MIN_WEIGHT = 0.02;

  /** The fitted weights (features with weights under {@link #MIN_WEIGHT} left out) and bias. */
  record Fit(Map<String, Float> weights, double bias) {}

  /** One example: its features and its label. */
  record Sample(List<String> features, boolean positive) {}

  Fit fit(List<Sample> samples, long seed) {
    Map<String, Integer> ids = featureIds(samples);
    int[][] rows = new int[samples.size()][];
    boolean[] labels = new boolean[samples.size()];
    for (int s = 0; s < samples.size(); s++) {
      rows[s] = samples.get(s).features().stream().filter(ids::containsKey).mapToInt(ids::get).toArray();
      labels[s] = samples.get(s).positive();
    }
    double[] w = new double[ids.size()];
    double bias = 0;
    int[] order = new int[rows.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      double rate = learningRate / (1 + epoch);
      for (int s : order) {
        double z = bias;
        for (int f : rows[s]) {
          z += w[f];
        }
        double gradient = (labels[s] ? 1 : 0) - 1 / (1 + Math.exp(-z));
        bias += rate * gradient;
        for (int f : rows[s]) {
          w[f] += rate * (gradient - l2 * w[f]);
        }
      }
    }
    Map<String, Float> weights = new HashMap<>();
    ids.forEach((feature, id) -> {
      if (Math.abs(w[id]) >= MIN_WEIGHT) {
        weights.put(feature, (float) w[id]);
      }
    });
    return new Fit(weights, bias);
  }

  private Map<String, Integer> featureIds(List<Sample> samples) {
    Map<String, Integer> counts = new HashMap<>();
    for (Sample s : samples) {
      for (String f : s.features()) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    Map<String, Integer> ids = new HashMap<>();
    List<String> kept = new ArrayList<>();
    counts.forEach((f, n) -> {
      if (n >= minCount) {
        kept.add(f);
      }
    });
    kept.sort(null); // ids in a fixed order, so the fit does not depend on hash order
    for (String f : kept) {
      ids.put(f, ids.size());
    }
    return ids;
  }

  private static void shuffle(int[] order, Random random) {
    for (int k = order.length - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int t = order[k];
      order[k] = order[j];
      order[j] = t;
    }
  }
}
