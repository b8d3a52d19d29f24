package org.quotetrail.quote;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned judge of whether a word is an attribution cue: a logistic regression over {@link
 * CueFeatures}, trained on PolNeAR (command {@code quotetrail train cues}). It finds the acts and
 * stances news attributes to a source ("declined to comment", "rejected the idea", "polls show")
 * that no word list of reporting verbs holds.
 *
 * <p>File format (gzip, UTF-8, one entry a line, tab-separated): a {@code #} comment line, {@code
 * bias <weight>}, {@code threshold <probability>}, then {@code <feature> <weight>}.
 */
public final class CueModel {
  /** Where the shipped model lives on the classpath. */
  public static final String RESOURCE = "/org/quotetrail/quote/cue-model.tsv.gz";

  private final Map<String, Float> weights;
  private final double bias;
  private final double threshold;

  public CueModel(Map<String, Float> weights, double bias, double threshold) {
    // A hash map, not Map.copyOf: most features looked up have no weight, and the immutable map's
    // linear probing answers a miss slowly (a tenth of ingest time in a profile).
    this.weights = Collections.unmodifiableMap(new HashMap<>(weights));
    this.bias = bias;
    this.threshold = threshold;
  }

  /** The model shipped with quotetrail. */
  public static CueModel shipped() {
    try (InputStream in = CueModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads a model written by {@link #write}; {@code name} names the input in errors. */
  public static CueModel read(InputStream gzipped, String name) throws IOException {
    Map<String, Float> weights = new HashMap<>();
    double bias = 0;
    double threshold = 0.5;
    BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IOException(name + ": line " + lineNumber + ": expected <feature> TAB <weight>");
      }
      String key = line.substring(0, tab);
      double value;
      try {
        value = Double.parseDouble(line.substring(tab + 1));
      } catch (NumberFormatException e) {
        throw new IOException(name + ": line " + lineNumber + ": not a number: " + line.substring(tab + 1));
      }
      switch (key) {
        case "bias" -> bias = value;
        case "threshold" -> threshold = value;
        default -> weights.put(key, (float) value);
      }
    }
    return new CueModel(weights, bias, threshold);
  }

  /** Writes the model, features sorted so that retraining on the same data gives the same file. */
  public void write(OutputStream out, String comment) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out);
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8));
    writer.write("# " + comment.replace('\n', ' ') + "\n");
    writer.write("bias\t" + bias + "\n");
    writer.write("threshold\t" + threshold + "\n");
    for (Map.Entry<String, Float> e : weights.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      writer.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
    writer.flush();
    gzip.finish();
  }

  /** The probability that the word with these features is a cue. */
  public double probability(List<String> features) {
    double z = bias;
    for (String f : features) {
      z += weights.getOrDefault(f, 0f);
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether the word with these features is judged a cue. */
  public boolean isCue(List<String> features) {
    return probability(features) >= threshold;
  }

  public double threshold() {
    return threshold;
  }

  /** This model's weights with a new decision threshold. */
  public CueModel withThreshold(double newThreshold) {
    return new CueModel(weights, bias, newThreshold);
  }

  public int size() {
    return weights.size();
  }

  /** The heaviest features, for reports: what the model learned to look for. */
  public List<Map.Entry<String, Float>> strongest(int n) {
    return weights.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, Float> e) -> -e.getValue()))
        .limit(n)
        .toList();
  }
}
