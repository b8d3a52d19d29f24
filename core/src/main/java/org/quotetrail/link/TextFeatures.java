package org.quotetrail.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features an article is compared by, counted in its text: content words (lower case, common
 * endings cut: "arrested" and "arrests" are "arrest"), names ({@link #NAME} prefix: capitalised
 * words and runs of them, "@owen smith", "@smith"), and numbers ({@link #NUMBER} prefix, "#23").
 * Names and numbers tell apart two stories on one subject (two DUI arrests, two earthquakes),
 * which share most of their words.
 */
public final class TextFeatures {
  /** Prefix of name features. */
  public static final String NAME = "@";

  /** Prefix of number features. */
  public static final String NUMBER = "#";

  private static final Set<String> STOPWORDS = WordList.load("stopwords.txt");
  private static final Set<String> NOT_NAMES = WordList.load("name-stopwords.txt");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’\\-]*|\\p{N}[\\p{N}.,]*");
  private static final Pattern CAPITALISED_RUN =
      Pattern.compile("\\b\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]+|of|de|van|von|al))*");
  private static final Pattern NUMBER_TOKEN = Pattern.compile("\\b\\p{N}+(?:[.,]\\p{N}+)?\\b");
  private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("[.!?\\n]\\s*$");
  private static final String[] ENDINGS = {"ings", "ing", "ies", "es", "s", "ed"};

  private TextFeatures() {}

  /** How often each feature occurs in {@code text}. */
  public static Map<String, Integer> count(String text) {
    Map<String, Integer> counts = new HashMap<>();
    countWords(text, counts);
    countNames(text, counts);
    Matcher number = NUMBER_TOKEN.matcher(text);
    while (number.find()) {
      counts.merge(NUMBER + number.group(), 1, Integer::sum);
    }
    return counts;
  }

  private static void countWords(String text, Map<String, Integer> counts) {
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      String w = trimMarks(word.group().toLowerCase(Locale.ROOT));
      if (w.length() >= 2 && !STOPWORDS.contains(w)) {
        counts.merge(stem(w), 1, Integer::sum);
      }
    }
  }

  private static void countNames(String text, Map<String, Integer> counts) {
    Matcher run = CAPITALISED_RUN.matcher(text);
    while (run.find()) {
      List<String> words = new ArrayList<>();
      for (String w : run.group().split("\\s+")) {
        String lower = trimMarks(w.toLowerCase(Locale.ROOT));
        if (!lower.isEmpty() && !NOT_NAMES.contains(lower) && !STOPWORDS.contains(lower)) {
          words.add(lower);
        }
      }
      // A single capitalised word opening a sentence is usually just a capitalised word.
      if (words.isEmpty() || (words.size() == 1 && opensSentence(text, run.start()))) {
        continue;
      }
      for (String w : words) {
        counts.merge(NAME + w, 1, Integer::sum);
      }
      if (words.size() > 1) {
        counts.merge(NAME + String.join(" ", words), 1, Integer::sum);
      }
    }
  }

  private static boolean opensSentence(String text, int start) {
    return start == 0 || SENTENCE_END_BEFORE.matcher(text.substring(Math.max(0, start - 3), start)).find();
  }

  private static String trimMarks(String word) {
    int begin = 0;
    int end = word.length();
    while (begin < end && "'’-".indexOf(word.charAt(begin)) >= 0) {
      begin++;
    }
    while (end > begin && "'’-".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(begin, end);
  }

  /** {@code word} without a common inflectional ending, keeping at least four letters. */
  static String stem(String word) {
    for (String ending : ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word;
  }
}
