package org.quotetrail.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names folded for comparing: NFC, lower case, curly apostrophes straight, runs of other characters one space. */
final class Names {
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:the)\\s+");

  private Names() {}

  /** {@code text} folded: "Owen Smith’s" becomes "owen smith's". */
  static String fold(String text) {
    if (plainWord(text)) {
      // Most words are plain ASCII: folding them is lower-casing, without the normaliser and the pattern.
      return text.toLowerCase(Locale.ROOT);
    }
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('’', '\'');
    return SEPARATORS.matcher(lower).replaceAll(" ").strip();
  }

  private static boolean plainWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'')) {
        return false;
      }
    }
    return true;
  }

  /** {@code name} without a leading "the"/"The". */
  static String withoutArticle(String name) {
    return LEADING_ARTICLE.matcher(name).replaceFirst("");
  }

  /** Whether folded {@code text} holds folded {@code name} as whole words (a possessive "'s" allowed). */
  static boolean mentions(String text, String name) {
    String t = " " + fold(text).replace("'s ", " ") + " ";
    String n = fold(name);
    return !n.isEmpty() && t.contains(" " + n + " ");
  }
}
