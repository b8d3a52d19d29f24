package org.quotetrail.segment;

/**
 * A word or punctuation mark of the body.
 *
 * @param begin offset of the first character
 * @param end offset past the last character
 * @param text the characters
 * @param index position in the article's token list
 */
public record Token(int begin, int end, String text, int index) {
  public boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  public boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** The text in lower case, for lexicon look-ups. */
  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
