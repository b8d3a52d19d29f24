package org.quotetrail.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse vector of named features (words, names, numbers) and their weights: an article's
 * profile or a story's centroid. Immutable.
 */
public final class FeatureVector {
  /** The vector with no features. */
  public static final FeatureVector EMPTY = new FeatureVector(Map.of());

  private final Map<String, Double> weights;
  private final double norm;

  private FeatureVector(Map<String, Double> weights) {
    this.weights = weights;
    double sum = 0;
    for (double w : weights.values()) {
      sum += w * w;
    }
    this.norm = Math.sqrt(sum);
  }

  /** The vector with these weights (copied). */
  public static FeatureVector of(Map<String, Double> weights) {
    return new FeatureVector(Map.copyOf(weights));
  }

  public Map<String, Double> weights() {
    return weights;
  }

  public double weight(String feature) {
    return weights.getOrDefault(feature, 0.0);
  }

  public int size() {
    return weights.size();
  }

  /** The Euclidean length. */
  public double norm() {
    return norm;
  }

  /** This vector scaled to length 1 (the empty vector stays empty). */
  public FeatureVector normalised() {
    if (norm == 0) {
      return this;
    }
    Map<String, Double> scaled = new HashMap<>();
    weights.forEach((f, w) -> scaled.put(f, w / norm));
    return new FeatureVector(Map.copyOf(scaled));
  }

  /** The dot product with {@code other}. */
  public double dot(FeatureVector other) {
    FeatureVector small = size() <= other.size() ? this : other;
    FeatureVector large = small == this ? other : this;
    double sum = 0;
    for (Map.Entry<String, Double> e : small.weights.entrySet()) {
      sum += e.getValue() * large.weight(e.getKey());
    }
    return sum;
  }

  /** The cosine of the angle to {@code other}; 0 when either is empty. */
  public double cosine(FeatureVector other) {
    return norm == 0 || other.norm == 0 ? 0 : dot(other) / (norm * other.norm);
  }

  /** The sum of this vector and {@code other}. */
  public FeatureVector plus(FeatureVector other) {
    Map<String, Double> sum = new HashMap<>(weights);
    other.weights.forEach((f, w) -> sum.merge(f, w, Double::sum));
    return new FeatureVector(Map.copyOf(sum));
  }

  /** The sum of {@code vectors}. */
  public static FeatureVector sum(List<FeatureVector> vectors) {
    Map<String, Double> sum = new HashMap<>();
    for (FeatureVector v : vectors) {
      v.weights.forEach((f, w) -> sum.merge(f, w, Double::sum));
    }
    return new FeatureVector(Map.copyOf(sum));
  }

  /** The {@code count} features of greatest weight, heaviest first (ties by name, for repeatable runs). */
  public List<String> top(int count) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(Map.Entry.<String, Double>comparingByValue(Collections.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    List<String> top = new ArrayList<>();
    for (int i = 0; i < Math.min(count, entries.size()); i++) {
      top.add(entries.get(i).getKey());
    }
    return top;
  }

  /** This vector with only its {@code count} heaviest features. */
  public FeatureVector truncated(int count) {
    if (size() <= count) {
      return this;
    }
    Map<String, Double> kept = new HashMap<>();
    for (String feature : top(count)) {
      kept.put(feature, weights.get(feature));
    }
    return new FeatureVector(Map.copyOf(kept));
  }

  /** The vector as text for a store column: one "feature TAB weight" a line. */
  public String encode() {
    StringBuilder text = new StringBuilder();
    for (String feature : top(weights.size())) {
      text.append(feature).append('\t').append((float) (double) weights.get(feature)).append('\n');
    }
    return text.toString();
  }

  /** The vector that {@link #encode} wrote. */
  public static FeatureVector decode(String text) {
    Map<String, Double> weights = new HashMap<>();
    for (String line : text.split("\n")) {
      int tab = line.lastIndexOf('\t');
      if (tab > 0) {
        weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
      }
    }
    return new FeatureVector(Map.copyOf(weights));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureVector other && weights.equals(other.weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  @Override
  public String toString() {
    return weights.toString();
  }
}
