package org.quotetrail.bench;

/**
 * The quote marks one generated article uses: straight (" and ') or curly (“ ” and ‘ ’).
 *
 * @param open opening double mark
 * @param close closing double mark
 * @param innerOpen opening single mark, for quotes inside quotes and scare quotes
 * @param innerClose closing single mark
 */
record Marks(String open, String close, String innerOpen, String innerClose) {
  static final Marks STRAIGHT = new Marks("\"", "\"", "'", "'");
  static final Marks CURLY = new Marks("\u201c", "\u201d", "\u2018", "\u2019");

  /** {@code template} with the placeholders « » ‹ › replaced by these marks. */
  String apply(String template) {
    return template.replace("«", open).replace("»", close).replace("‹", innerOpen).replace("›", innerClose);
  }

  /** {@code text} inside double marks. */
  String quote(String text) {
    return open + text + close;
  }
}
