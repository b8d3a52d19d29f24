package org.quotetrail.link;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns an article's feature counts into its profile: TF-IDF (sublinear term frequency, inverse
 * document frequency over the articles linked so far) within each family of features, each family
 * scaled to length 1, then mixed by {@link Options} and scaled to length 1 again, so that names and
 * numbers weigh as much as their share says however many words an article has.
 *
 * @param options the family shares
 */
public record Weighting(Options options) {
  /**
   * Fewest articles the document frequencies are taken to be out of: in a young store, a feature
   * two of three articles share is not common, and should not weigh next to nothing.
   */
  static final long BACKGROUND = 50;

  /**
   * How much each family of features counts in a profile.
   *
   * @param words share of content words
   * @param names share of names
   * @param numbers share of numbers
   */
  public record Options(double words, double names, double numbers) {
    /** The shares tuned on the ECB+ train and dev splits (docs/linking.md). */
    public static final Options STANDARD = new Options(0.45, 0.40, 0.15);

    public Options {
      if (words < 0 || names < 0 || numbers < 0 || words + names + numbers <= 0) {
        throw new IllegalArgumentException("feature shares must be >= 0 and not all 0");
      }
    }
  }

  /**
   * The profile of an article with {@code counts}, when {@code articles} articles (this one
   * included) have been seen and {@code frequencies} says in how many each feature occurs (this one
   * included; a missing feature counts as occurring only here).
   */
  public FeatureVector profile(Map<String, Integer> counts, Map<String, Integer> frequencies, long articles) {
    Map<String, Double> words = new HashMap<>();
    Map<String, Double> names = new HashMap<>();
    Map<String, Double> numbers = new HashMap<>();
    counts.forEach((feature, count) -> {
      int df = Math.max(1, frequencies.getOrDefault(feature, 1));
      double weight = (1 + Math.log(count)) * Math.log((Math.max(articles, BACKGROUND) + 1.0) / (df + 0.5));
      family(feature, words, names, numbers).put(feature, weight);
    });
    Map<String, Double> mixed = new HashMap<>();
    addScaled(words, options.words(), mixed);
    addScaled(names, options.names(), mixed);
    addScaled(numbers, options.numbers(), mixed);
    return FeatureVector.of(mixed).normalised();
  }

  private static Map<String, Double> family(
      String feature, Map<String, Double> words, Map<String, Double> names, Map<String, Double> numbers) {
    if (feature.startsWith(TextFeatures.NAME)) {
      return names;
    }
    return feature.startsWith(TextFeatures.NUMBER) ? numbers : words;
  }

  private static void addScaled(Map<String, Double> family, double share, Map<String, Double> into) {
    FeatureVector unit = FeatureVector.of(family).normalised();
    unit.forEach((f, w) -> into.put(f, w * share));
  }
}
