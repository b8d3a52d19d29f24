package org.quotetrail.link;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;

/**
 * A sparse vector of named features (words, names, numbers) and their weights: an article's
 * profile or a story's centroid. Immutable.
 *
 * <p>The features and weights are held in two arrays, in the order they were added, with an
 * open-addressing table of their positions for lookups. Linking keeps thousands of vectors between
 * articles and makes a few new ones at each: as a {@code HashMap} of boxed weights, a feature took
 * about 100 bytes (a node and a {@code Double} besides the name) and the vectors a tenth of ingest's
 * time in garbage collection; here it takes 32. Most lookups are of features the vector lacks, which
 * the table answers at the first empty slot, by hash codes alone.
 */
public final class FeatureVector {
  /** The vector with no features. */
  public static final FeatureVector EMPTY = new Builder(0).build();

  private final String[] features;
  private final double[] values;
  /** Each feature's hash code, spread ({@link #spread}): lookups compare these before names. */
  private final int[] hashes;
  /**
   * Pairs of ints, a slot each: 0 (empty) or a feature's position + 1, then its spread hash code. A
   * power of two of slots, at most half full; a probe reads one pair, and a name only when the hash
   * codes agree, so a lookup of a missing feature touches no string.
   */
  private final int[] table;
  private final double norm;
  /** {@link #byWeight}, once sorted: the vector is immutable, so a race only sorts twice. */
  private List<String> byWeight;

  private FeatureVector(String[] features, double[] values, int[] hashes, int[] table) {
    this.features = features;
    this.values = values;
    this.hashes = hashes;
    this.table = table;
    double sum = 0;
    for (double v : values) {
      sum += v * v;
    }
    this.norm = Math.sqrt(sum);
  }

  /** The vector with these weights, in the map's order. */
  public static FeatureVector of(Map<String, Double> weights) {
    Builder vector = new Builder(weights.size());
    weights.forEach(vector::add);
    return vector.build();
  }

  /** The weights by feature, in the order the features were added (a copy). */
  public Map<String, Double> weights() {
    Map<String, Double> weights = new LinkedHashMap<>();
    forEach(weights::put);
    return Collections.unmodifiableMap(weights);
  }

  /** Gives each feature and its weight to {@code action}, in the order the features were added. */
  public void forEach(ObjDoubleConsumer<String> action) {
    for (int i = 0; i < features.length; i++) {
      action.accept(features[i], values[i]);
    }
  }

  public double weight(String feature) {
    int at = position(table, features, feature, spread(feature.hashCode()));
    return at < 0 ? 0.0 : values[at];
  }

  public int size() {
    return features.length;
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
    double[] scaled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = values[i] / norm;
    }
    // The same features in the same places: the names and the table are shared.
    return new FeatureVector(features, scaled, hashes, table);
  }

  /** The dot product with {@code other}. */
  public double dot(FeatureVector other) {
    FeatureVector small = size() <= other.size() ? this : other;
    FeatureVector large = small == this ? other : this;
    double sum = 0;
    for (int i = 0; i < small.features.length; i++) {
      int at = position(large.table, large.features, small.features[i], small.hashes[i]);
      if (at >= 0) {
        sum += small.values[i] * large.values[at];
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
    return sum(List.of(this, other));
  }

  /** The sum of {@code vectors}: features in the order they first occur. */
  public static FeatureVector sum(List<FeatureVector> vectors) {
    Builder sum = new Builder(vectors.isEmpty() ? 0 : vectors.get(0).size());
    for (FeatureVector v : vectors) {
      for (int i = 0; i < v.features.length; i++) {
        sum.add(v.features[i], v.values[i]);
      }
    }
    return sum.build();
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
      Integer[] order = new Integer[features.length];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, (a, b) -> {
        int byValue = Double.compare(values[b], values[a]);
        return byValue != 0 ? byValue : features[a].compareTo(features[b]);
      });
      sorted = Arrays.stream(order).map(i -> features[i]).toList();
      byWeight = sorted;
    }
    return sorted;
  }

  /** This vector with only its {@code count} heaviest features, heaviest first. */
  public FeatureVector truncated(int count) {
    if (size() <= count) {
      return this;
    }
    Builder kept = new Builder(count);
    for (String feature : top(count)) {
      kept.add(feature, weight(feature));
    }
    return kept.build();
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
    List<String> top = top(count);
    Builder decoded = new Builder(top.size());
    for (String feature : top) {
      String weight = Float.toString((float) weight(feature));
      text.append(feature).append('\t').append(weight).append('\n');
      decoded.add(feature, Double.parseDouble(weight));
    }
    return new Stored(text.toString(), decoded.build());
  }

  /** The vector as text for a store column: one "feature TAB weight" a line, heaviest first. */
  public String encode() {
    StringBuilder text = new StringBuilder();
    for (String feature : byWeight()) {
      text.append(feature).append('\t').append((float) weight(feature)).append('\n');
    }
    return text.toString();
  }

  /** The vector that {@link #encode} wrote, its features in the text's order. */
  public static FeatureVector decode(String text) {
    Builder vector = new Builder(16);
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int tab = text.lastIndexOf('\t', end - 1);
      if (tab > start) {
        vector.add(text.substring(start, tab), Double.parseDouble(text.substring(tab + 1, end)));
      }
      start = end + 1;
    }
    return vector.build();
  }

  /** Equal when they have the same features with the same weights, in whatever order. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FeatureVector other) || other.size() != size()) {
      return false;
    }
    for (int i = 0; i < features.length; i++) {
      int at = position(other.table, other.features, features[i], hashes[i]);
      if (at < 0 || Double.compare(values[i], other.values[at]) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (int i = 0; i < features.length; i++) {
      hash += features[i].hashCode() ^ Double.hashCode(values[i]);
    }
    return hash;
  }

  @Override
  public String toString() {
    return weights().toString();
  }

  /** Where {@code feature}, of spread hash code {@code hash}, is in {@code features}, by {@code table}; -1 when absent. */
  private static int position(int[] table, String[] features, String feature, int hash) {
    int mask = (table.length >> 1) - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = table[2 * slot];
      if (entry == 0) {
        return -1;
      }
      if (table[2 * slot + 1] == hash && features[entry - 1].equals(feature)) {
        return entry - 1;
      }
    }
  }

  /** A hash code with its high bits mixed into its low ones, which pick the slot. */
  private static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }

  /** Builds a vector, adding the weights of a feature added more than once. */
  private static final class Builder {
    private String[] features;
    private double[] values;
    private int[] hashes;
    private int[] table;
    private int size;

    Builder(int expected) {
      features = new String[Math.max(expected, 4)];
      values = new double[features.length];
      hashes = new int[features.length];
      table = new int[2 * slotCount(features.length)];
    }

    void add(String feature, double weight) {
      int hash = spread(feature.hashCode());
      int at = position(table, features, feature, hash);
      if (at >= 0) {
        values[at] += weight;
        return;
      }
      if (size == features.length) {
        features = Arrays.copyOf(features, size * 2);
        values = Arrays.copyOf(values, size * 2);
        hashes = Arrays.copyOf(hashes, size * 2);
        table = table(hashes, size, slotCount(features.length));
      }
      features[size] = feature;
      values[size] = weight;
      hashes[size] = hash;
      size++;
      place(table, hash, size);
    }

    FeatureVector build() {
      int[] kept = Arrays.copyOf(hashes, size);
      int[] built = table.length == 2 * slotCount(size) ? table : table(kept, size, slotCount(size));
      return new FeatureVector(Arrays.copyOf(features, size), Arrays.copyOf(values, size), kept, built);
    }

    /** Slots enough for {@code capacity} features, at most half of them full: a power of two. */
    private static int slotCount(int capacity) {
      return Math.max(4, Integer.highestOneBit(Math.max(1, capacity) * 2 - 1) * 2);
    }

    private static int[] table(int[] hashes, int size, int slots) {
      int[] table = new int[2 * slots];
      for (int i = 0; i < size; i++) {
        place(table, hashes[i], i + 1);
      }
      return table;
    }

    private static void place(int[] table, int hash, int entry) {
      int mask = (table.length >> 1) - 1;
      int slot = hash & mask;
      while (table[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = entry;
      table[2 * slot + 1] = hash;
    }
  }
}
