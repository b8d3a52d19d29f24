package org.quotetrail.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse vector of named features (words, names, numbers) and their weights: an article's
 * profile or a story's centroid. Immutable. The weights are in a {@link HashMap}, not an immutable
 * {@code Map.copyOf}: most lookups are of features the vector lacks, which a hash map answers at
 * once and the immutable map's linear probing does not (a profile found that a third of linking time).
 */
public final class FeatureVector {
  /** The vector with no features. */
  public static final FeatureVector EMPTY = new FeatureVector(new HashMap<>());

  private final Map<String, Double> weights;
  /** The features and their weights in the map's order, for dot products without iterators or unboxing. */
  private final String[] features;
  private final double[] values;
  private final double norm;
  /** {@link #byWeight}, once sorted: the vector is immutable, so a race only sorts twice. */
  private List<String> byWeight;

  /** Takes {@code weights}, which no one else may hold. */
  private FeatureVector(HashMap<String, Double> weights) {
    this.weights = Collections.unmodifiableMap(weights);
    this.features = new String[weights.size()];
    this.values = new double[weights.size()];
    int i = 0;
    double sum = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      features[i] = e.getKey();
      values[i] = e.getValue();
      sum += values[i] * values[i];
      i++;
    }
    this.norm = Math.sqrt(sum);
  }

  /** The vector with these weights (copied). */
  public static FeatureVector of(Map<String, Double> weights) {
    return new FeatureVector(new HashMap<>(weights));
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
    HashMap<String, Double> scaled = new HashMap<>();
    weights.forEach((f, w) -> scaled.put(f, w / norm));
    return new FeatureVector(scaled);
  }

  /** The dot product with {@code other}. */
  public double dot(FeatureVector other) {
    FeatureVector small = size() <= other.size() ? this : other;
    FeatureVector large = small == this ? other : this;
    double sum = 0;
    for (int i = 0; i < small.features.length; i++) {
      Double w = large.weights.get(small.features[i]);
      if (w != null) {
        sum += small.values[i] * w;
      }
    }
    return sum;
  }

  /** The cosine of the angle to {@code other}; 0 when either is empty. */
  public double cosine(FeatureVector other) {
    return norm == 0 || other.norm == 0 ? 0 : dot(other) / (norm * other.norm);
  }

  /** The sum of this vector and {@code other}. */
  public FeatureVector plus(FeatureVector other) {
    HashMap<String, Double> sum = new HashMap<>(weights);
    other.weights.forEach((f, w) -> sum.merge(f, w, Double::sum));
    return new FeatureVector(sum);
  }

  /** The sum of {@code vectors}. */
  public static FeatureVector sum(List<FeatureVector> vectors) {
    HashMap<String, Double> sum = new HashMap<>();
    for (FeatureVector v : vectors) {
      v.weights.forEach((f, w) -> sum.merge(f, w, Double::sum));
    }
    return new FeatureVector(sum);
  }

  /** The {@code count} features of greatest weight, heaviest first (ties by name, for repeatable runs). */
  public List<String> top(int count) {
    List<String> all = byWeight();
    return all.subList(0, Math.min(count, all.size()));
  }

  /**
   * Every feature, heaviest first, sorted when first asked for and then kept: an article's profile
   * is asked for its heaviest features twice and encoded once.
   */
  private List<String> byWeight() {
    List<String> sorted = byWeight;
    if (sorted == null) {
      List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
      entries.sort(Map.Entry.<String, Double>comparingByValue(Collections.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
      sorted = entries.stream().map(Map.Entry::getKey).toList();
      byWeight = sorted;
    }
    return sorted;
  }

  /** This vector with only its {@code count} heaviest features. */
  public FeatureVector truncated(int count) {
    if (size() <= count) {
      return this;
    }
    HashMap<String, Double> kept = new HashMap<>();
    for (String feature : top(count)) {
      kept.put(feature, weights.get(feature));
    }
    return new FeatureVector(kept);
  }

  /**
   * A vector as the store keeps it: its text ({@link #encode}) and what that text decodes to
   * ({@link #decode}: weights rounded as stored).
   */
  public record Stored(String text, FeatureVector vector) {}

  /**
   * This vector's {@code count} heaviest features as stored: the text {@code truncated(count).encode()}
   * gives and its decoding, made in one pass (a story's centroid is stored and then compared again
   * at every article that joins it).
   */
  public Stored stored(int count) {
    StringBuilder text = new StringBuilder();
    HashMap<String, Double> decoded = new HashMap<>();
    for (String feature : top(count)) {
      String weight = Float.toString((float) (double) weights.get(feature));
      text.append(feature).append('\t').append(weight).append('\n');
      decoded.put(feature, Double.parseDouble(weight));
    }
    return new Stored(text.toString(), new FeatureVector(decoded));
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
    HashMap<String, Double> weights = new HashMap<>();
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int tab = text.lastIndexOf('\t', end - 1);
      if (tab > start) {
        weights.put(text.substring(start, tab), Double.parseDouble(text.substring(tab + 1, end)));
      }
      start = end + 1;
    }
    return new FeatureVector(weights);
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
