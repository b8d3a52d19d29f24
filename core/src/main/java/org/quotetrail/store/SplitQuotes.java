package org.quotetrail.store;

import java.util.List;
import org.quotetrail.text.Span;

/**
 * The parts of a stored quotation split by its attribution ("Nobody," he said, "will be forced
 * out"): the store keeps the text (parts joined by one space) and the outer offsets, not the parts,
 * so they are found again by matching the text against the body between the offsets.
 */
final class SplitQuotes {
  private SplitQuotes() {}

  /**
   * The parts of a quotation of {@code text} between {@code begin} and {@code end}, where the body
   * reads {@code covered}: one part when the text is all of it, else two, split at the space where
   * the text's start begins {@code covered} and its rest ends it. When no space fits, the one part
   * the text's length covers from {@code begin}.
   */
  static List<Span> parts(String text, int begin, int end, String covered) {
    if (text.length() == end - begin) {
      return List.of(new Span(begin, end));
    }
    for (int space = text.indexOf(' '); covered != null && space >= 0; space = text.indexOf(' ', space + 1)) {
      String head = text.substring(0, space);
      String tail = text.substring(space + 1);
      if (covered.startsWith(head) && covered.endsWith(tail) && head.length() + tail.length() <= covered.length()) {
        return List.of(new Span(begin, begin + head.length()), new Span(end - tail.length(), end));
      }
    }
    return List.of(new Span(begin, begin + text.length()));
  }
}
