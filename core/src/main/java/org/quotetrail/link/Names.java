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
    if (ascii(text)) {
      // Most text is ASCII ("said," "well-known"): folding it needs neither the normaliser nor the pattern.
      return foldAscii(text);
    }
    return foldAnyText(text);
  }

  /** The fold of any text, ASCII or not. */
  static String foldAnyText(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('’', '\'');
    return SEPARATORS.matcher(lower).replaceAll(" ").strip();
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** What the general fold gives for ASCII text: lower case, each run of other than letters, digits and apostrophes one space, ends stripped. */
  private static String foldAscii(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    foldAsciiInto(text, 0, text.length(), folded);
    return folded.toString();
  }

  /**
   * Appends the fold of ASCII {@code text} from {@code start} to {@code end} to {@code into}, and
   * returns the {@link String#hashCode} of what it appended.
   */
  static int foldAsciiInto(CharSequence text, int start, int end, StringBuilder into) {
    int hash = 0;
    boolean separated = false;
    boolean any = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean kept = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'';
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
        kept = true;
      }
      if (kept) {
        if (separated && any) {
          into.append(' ');
          hash = 31 * hash + ' ';
        }
        into.append(c);
        hash = 31 * hash + c;
        separated = false;
        any = true;
      } else {
        separated = true;
      }
    }
    return hash;
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
