package org.quotetrail.store;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name folded for matching by whole words in any database: NFC, lower case, every run of
 * characters other than letters, digits and apostrophes made one space, and a space at each end.
 * "Jean-Luc  O’Neill" becomes " jean luc o'neill ", which the pattern of "o'neill" (" o'neill ")
 * finds as a part. Folding in Java, not SQL, because SQLite's {@code lower()} only knows ASCII.
 */
final class NameKey {
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}']+");

  private NameKey() {}

  /** The stored key of {@code name}, or null when the name is null or has no letters or digits. */
  static String of(String name) {
    if (name == null) {
      return null;
    }
    String folded = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('’', '\'');
    String words = SEPARATORS.matcher(folded).replaceAll(" ").strip();
    return words.isEmpty() ? null : " " + words + " ";
  }

  /** The distinct words of {@code key} (a key {@link #of} made), in order. */
  static List<String> words(String key) {
    return List.copyOf(new LinkedHashSet<>(Arrays.asList(key.strip().split(" "))));
  }

  /**
   * A SQL {@code LIKE} pattern that finds the keys holding {@code query} as whole words; folding
   * has removed {@code %} and {@code _}, so nothing needs escaping. Null when the query has no
   * words, which nothing matches.
   */
  static String likePattern(String query) {
    String key = of(query);
    return key == null ? null : "%" + key + "%";
  }
}
