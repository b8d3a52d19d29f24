package org.quotetrail.eval.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's measure of one page: both texts become multisets of word
 * 4-grams (words are {@code \w+} runs, with Python's Unicode sense of {@code \w}), and precision and
 * recall count the 4-grams they share.
 *
 * @param precision the share of extracted 4-grams that are true
 * @param recall the share of true 4-grams that were extracted
 */
public record ShingleOverlap(double precision, double recall) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int N = 4;

  /** Compares {@code extracted} with {@code truth}. An empty extraction has precision 0 unless the truth is empty too. */
  public static ShingleOverlap of(String truth, String extracted) {
    Map<String, Integer> want = shingles(truth);
    Map<String, Integer> got = shingles(extracted);
    int shared = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      shared += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    int gotTotal = total(got);
    int wantTotal = total(want);
    if (gotTotal == 0 && wantTotal == 0) {
      return new ShingleOverlap(1, 1);
    }
    return new ShingleOverlap(gotTotal == 0 ? 0 : (double) shared / gotTotal, wantTotal == 0 ? 0 : (double) shared / wantTotal);
  }

  /** The word 4-grams of {@code text}, counted; a text of fewer words is one shingle of all of them. */
  static Map<String, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    Map<String, Integer> counts = new HashMap<>();
    if (words.isEmpty()) {
      return counts;
    }
    int n = Math.min(N, words.size());
    for (int i = 0; i + n <= words.size(); i++) {
      counts.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
    }
    return counts;
  }

  private static int total(Map<String, Integer> counts) {
    int sum = 0;
    for (int c : counts.values()) {
      sum += c;
    }
    return sum;
  }
}
