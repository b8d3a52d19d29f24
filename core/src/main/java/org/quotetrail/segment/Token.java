package org.quotetrail.segment;

/**
 * A word or punctuation mark of the body.
 *
 * @param begin offset of the first character
 * @param end offset past the last character
 * @param text the characters
 * @param index position in the article's token list
 * @param lower the text in lower case, computed once: lexicon look-ups ask for it constantly
 */
public record Token(int begin, int end, String text, int index, String lower) {
  public Token(int begin, int end, String text, int index) {
    this(begin, end, text, index, text.toLowerCase(java.util.Locale.ROOT));
  }

  public boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  public boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }
}
