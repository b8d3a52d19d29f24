package org.quotetrail.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and punctuation. A word keeps inner apostrophes, hyphens, periods and
 * ampersands when a letter or digit follows ("don't", "re-branding", "Politics.co.uk", "AT&amp;T");
 * every other visible character is a token of its own.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 5);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int start = i;
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            i++;
          } else if (isJoiner(d) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
        tokens.add(new Token(start, i, text.substring(start, i), tokens.size()));
      } else {
        int width = Character.charCount(text.codePointAt(i));
        tokens.add(new Token(i, i + width, text.substring(i, i + width), tokens.size()));
        i += width;
      }
    }
    return tokens;
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '&' || c == '\u2010' || c == '\u2011';
  }
}
