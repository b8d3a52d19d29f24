package org.quotetrail.clean.html;

import org.jsoup.nodes.Element;

/**
 * A run of text that a page shows as one block: a paragraph, heading, list item, table cell, or the
 * text a {@code <div>} holds between its child blocks.
 *
 * @param owner the nearest block element holding the text
 * @param text the text, white space collapsed
 * @param linkChars how many of its characters are inside links
 * @param words how many words it has
 */
record TextBlock(Element owner, String text, int linkChars, int words) {
  /** The share of the text that is link text. */
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  /** True when the block is a heading ({@code h1}..{@code h6}). */
  boolean isHeading() {
    String tag = owner.normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }
}
