package org.quotetrail.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quotetrail.text.Span;

/**
 * Splits a paragraph into sentences at a full stop, question or exclamation mark or ellipsis that
 * is followed by a capital, a digit or an opening quote, unless the stop ends an abbreviation
 * ("Mr.", "Sen.", "U.S.") or an initial ("J.").
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
          "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "det", "atty", "inc", "co", "corp",
          "ltd", "no", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
          "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "mt", "ft", "ave",
          "blvd", "approx", "est", "dept", "univ", "assn", "bros", "messrs", "mmes");

  private SentenceSplitter() {}

  /** Sentence spans of {@code text} within {@code paragraph}, in order. */
  public static List<Span> split(String text, Span paragraph) {
    List<Span> sentences = new ArrayList<>();
    int start = skipSpace(text, paragraph.begin(), paragraph.end());
    int i = start;
    while (i < paragraph.end()) {
      char c = text.charAt(i);
      if (c == '.' || c == '?' || c == '!' || c == '\u2026') {
        int end = i + 1;
        while (end < paragraph.end() && (isTerminal(text.charAt(end)) || isCloser(text.charAt(end)))) {
          end++;
        }
        int next = skipSpace(text, end, paragraph.end());
        if (next > end && next < paragraph.end() && startsSentence(text.charAt(next)) && !isAbbreviation(text, i, c)) {
          sentences.add(new Span(start, end));
          start = next;
        }
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    int end = paragraph.end();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new Span(start, end));
    }
    return sentences;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '?' || c == '!' || c == '\u2026';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\u2018' || c == '(' || c == '\'';
  }

  private static boolean isAbbreviation(String text, int stop, char mark) {
    if (mark != '.') {
      return false;
    }
    int wordStart = stop;
    while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    String word = text.substring(wordStart, stop);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "John F. Kennedy"
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static int skipSpace(String text, int from, int limit) {
    int i = from;
    while (i < limit && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
