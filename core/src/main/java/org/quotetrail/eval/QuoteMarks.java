package org.quotetrail.eval;

import java.util.List;
import org.quotetrail.text.Span;

/**
 * Decides whether a quotation is quote-marked, for scoring by kind. A span is quote-marked when its
 * text holds a quote mark, or an opening mark stands before it or a closing mark after it. Inside,
 * double marks (" “ ” „ « ») always count, and single marks when they cannot be apostrophes: ‘
 * always, ' and ’ only when they open a word (after a non-letter, before a letter). Around it,
 * curly marks of the right direction count across white space (“ ‘ „ « before, ” ’ » after);
 * straight marks, which may close the quote before, only when they touch the span; a single mark
 * after a span only when no letter follows ("Clinton’s" is not quoted).
 */
public final class QuoteMarks {
  private static final String DOUBLE = "\"“”„«»";
  private static final String SINGLE = "'’";
  private static final String STRAIGHT = "\"'";

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
    int i = skipSpace(text, begin - 1, -1);
    if (i < 0) {
      return false;
    }
    char c = text.charAt(i);
    return "“„«‘".indexOf(c) >= 0 || (STRAIGHT.indexOf(c) >= 0 && i == begin - 1);
  }

  private static boolean closesAfter(String text, int end) {
    int i = skipSpace(text, end, 1);
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    boolean letterFollows = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    return "”»".indexOf(c) >= 0
        || (c == '’' && !letterFollows)
        || (c == '"' && i == end)
        || (c == '\'' && i == end && !letterFollows);
  }

  private static int skipSpace(String text, int from, int step) {
    int i = from;
    while (i >= 0 && i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i += step;
    }
    return i;
  }

  private static boolean opensWord(String text, int i) {
    boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    return !letterBefore && letterAfter;
  }
}
