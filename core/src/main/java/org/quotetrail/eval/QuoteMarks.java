package org.quotetrail.eval;

import java.util.List;
import org.quotetrail.text.Span;

/**
 * Decides whether a quotation is quote-marked, for scoring by kind. A span is quote-marked when its
 * text holds a quote mark or the first non-space character on either side of it is one. Double
 * marks (" “ ” „ « ») always count; single marks count when they cannot be apostrophes: ‘
 * always, ' and ’ only when they open a word (after a non-letter, before a letter) or, just after
 * a span, when no letter follows ("Clinton’s" is not quoted).
 */
public final class QuoteMarks {
  private static final String DOUBLE = "\"“”„«»";
  private static final String SINGLE = "'’";

  private QuoteMarks() {}

  /** Whether the span(s) of {@code text} are quote-marked. */
  public static boolean marked(String text, List<Span> spans) {
    for (Span span : spans) {
      if (contains(text, span) || opensBefore(text, span.begin()) || closesAfter(text, span.end())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} itself holds a quote mark; for spans that have no place in a text. */
  public static boolean contains(String text) {
    return contains(text, new Span(0, text.length()));
  }

  private static boolean contains(String text, Span span) {
    for (int i = span.begin(); i < span.end(); i++) {
      char c = text.charAt(i);
      if (DOUBLE.indexOf(c) >= 0 || c == '‘' || (SINGLE.indexOf(c) >= 0 && opensWord(text, i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensBefore(String text, int begin) {
    int i = begin - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && (DOUBLE.indexOf(text.charAt(i)) >= 0 || "‘'".indexOf(text.charAt(i)) >= 0);
  }

  private static boolean closesAfter(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    boolean letterFollows = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    return DOUBLE.indexOf(c) >= 0 || (SINGLE.indexOf(c) >= 0 && !letterFollows);
  }

  private static boolean opensWord(String text, int i) {
    boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    return !letterBefore && letterAfter;
  }
}
