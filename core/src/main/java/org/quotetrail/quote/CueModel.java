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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.quotetrail.quote.CueFeatures.Template;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;

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
  private final WeightIndex index;
  private final double bias;
  private final double threshold;

  public CueModel(Map<String, Float> weights, double bias, double threshold) {
    this.weights = Map.copyOf(weights);
    this.index = new WeightIndex(this.weights);
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

  /**
   * The probability that token {@code i} is a cue, the same as {@link #probability(List)} of its
   * named features but without building the names: the extractor asks this of most words.
   */
  public double probability(CueFeatures features, List<Token> tokens, int i, Sentence sentence) {
    double[] z = {bias};
    features.visit(tokens, i, sentence, new CueFeatures.Sink() {
      @Override
      public void add(Template template, String value) {
        z[0] += index.weight(template, value);
      }

      @Override
      public void add(Template template, String first, String second) {
        z[0] += index.weight(template, first, second);
      }
    });
    return 1 / (1 + Math.exp(-z[0]));
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

  /**
   * The weights by template and value. A pair's name joins its values with "_", which a value may
   * hold too, so each feature is filed under every split of its name: the pair whose joined name
   * equals it finds it under its own split, exactly as a lookup by name would.
   */
  private static final class WeightIndex {
    private final Map<Template, Map<String, Float>> singles = new EnumMap<>(Template.class);
    private final Map<Template, Map<String, Map<String, Float>>> pairs = new EnumMap<>(Template.class);

    WeightIndex(Map<String, Float> weights) {
      weights.forEach((feature, weight) -> {
        Template template = Template.of(feature);
        if (template == null) {
          return; // a name no template makes: never asked for
        }
        String value = feature.substring(template.prefix().length());
        if (!template.isPair()) {
          singles.computeIfAbsent(template, t -> new HashMap<>()).put(value, weight);
          return;
        }
        for (int join = value.indexOf('_'); join >= 0; join = value.indexOf('_', join + 1)) {
          pairs.computeIfAbsent(template, t -> new HashMap<>())
              .computeIfAbsent(value.substring(0, join), f -> new HashMap<>())
              .put(value.substring(join + 1), weight);
        }
      });
    }

    float weight(Template template, String value) {
      Map<String, Float> byValue = singles.get(template);
      Float weight = byValue == null ? null : byValue.get(value);
      return weight == null ? 0f : weight;
    }

    float weight(Template template, String first, String second) {
      Map<String, Map<String, Float>> byFirst = pairs.get(template);
      Map<String, Float> bySecond = byFirst == null ? null : byFirst.get(first);
      Float weight = bySecond == null ? null : bySecond.get(second);
      return weight == null ? 0f : weight;
    }
  }
}
