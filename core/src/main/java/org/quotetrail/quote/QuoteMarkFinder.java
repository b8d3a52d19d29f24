package org.quotetrail.quote;

import java.util.ArrayList;
import java.util.List;
import org.quotetrail.text.Span;

/**
 * Finds text between quote marks: straight and curly double quotes, guillemets, and single quotes
 * where no double quotes are used. Single marks inside double quotes are inner quotes and stay
 * part of the outer quotation; apostrophes ("it's", "members'") are not marks.
 *
 * <p>Marks are read leniently, as scraped text often loses one: a quote left open runs to the end
 * of its paragraph, or on into the next paragraph when that opens with a mark.
 */
public final class QuoteMarkFinder {
  private QuoteMarkFinder() {}

  /** The marked quotes of {@code body}, whose paragraphs are {@code paragraphs}, in order. */
  public static List<MarkedQuote> find(String body, List<Span> paragraphs) {
    List<MarkedQuote> quotes = new ArrayList<>();
    int openAt = -1; // offset of the open mark of the quote being read, or -1
    int openParagraph = -1;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int from = para.begin();
      if (openAt >= 0) {
        if (isOpening(body.charAt(from))) {
          from++; // a continuation paragraph: the quote goes on
        } else {
          quotes.add(quote(body, openAt, paragraphs.get(p - 1).end(), openParagraph, p - 1, false, true));
          openAt = -1;
        }
      }
      boolean sawDouble = openAt >= 0;
      for (int i = from; i < para.end(); i++) {
        char c = body.charAt(i);
        if (!isDoubleMark(c)) {
          continue;
        }
        sawDouble = true;
        if (openAt < 0 && canOpen(body, i, c)) {
          openAt = i;
          openParagraph = p;
        } else if (openAt >= 0 && canClose(body, i, c)) {
          quotes.add(quote(body, openAt, i, openParagraph, p, false, false));
          openAt = -1;
        }
      }
      if (!sawDouble) {
        for (int[] pair : singleQuotes(body, para.begin(), para.end())) {
          quotes.add(quote(body, pair[0], pair[1], p, p, true, false));
        }
      }
    }
    if (openAt >= 0) {
      int last = paragraphs.size() - 1;
      quotes.add(quote(body, openAt, paragraphs.get(last).end(), openParagraph, last, false, true));
    }
    quotes.removeIf(q -> q.content().length() == 0);
    return quotes;
  }

  /** Single-quoted spans at top level: the open mark starts a word, the close mark ends one. */
  private static List<int[]> singleQuotes(String body, int from, int to) {
    List<int[]> pairs = new ArrayList<>();
    int open = -1;
    for (int i = from; i < to; i++) {
      char c = body.charAt(i);
      if (c != '\'' && c != '\u2018' && c != '\u2019') {
        continue;
      }
      boolean before = i > from && Character.isLetterOrDigit(body.charAt(i - 1));
      boolean after = i + 1 < to && Character.isLetterOrDigit(body.charAt(i + 1));
      if (open < 0 && !before && after && c != '\u2019') {
        open = i;
      } else if (open >= 0 && before && !after && !isPossessiveS(body, i)) {
        pairs.add(new int[] {open, i});
        open = -1;
      } else if (open >= 0 && !before && !after && i > from && isSentencePunct(body.charAt(i - 1))) {
        pairs.add(new int[] {open, i});
        open = -1;
      }
    }
    return pairs;
  }

  private static MarkedQuote quote(
      String body, int open, int close, int firstPara, int lastPara, boolean single, boolean unclosed) {
    int begin = open + 1;
    int end = Math.max(begin, close);
    // Stray marks and spaces at the edges ("“”Well"): not part of the quoted words.
    while (begin < end && (Character.isWhitespace(body.charAt(begin)) || isDoubleMark(body.charAt(begin)))) {
      begin++;
    }
    while (end > begin && (Character.isWhitespace(body.charAt(end - 1)) || isDoubleMark(body.charAt(end - 1)))) {
      end--;
    }
    Span outer = new Span(open, unclosed ? close : close + 1);
    return new MarkedQuote(new Span(begin, end), outer, firstPara, lastPara, single);
  }

  private static boolean isPossessiveS(String body, int i) {
    // "members' rights": a closing single mark after s followed by a space and a lower-case word.
    return body.charAt(i - 1) == 's' && i + 2 < body.length() && body.charAt(i + 1) == ' '
        && Character.isLowerCase(body.charAt(i + 2));
  }

  static boolean isDoubleMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb';
  }

  static boolean isOpening(char c) {
    return c == '"' || c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '\'' || c == '\u2018';
  }

  private static boolean canOpen(String body, int i, char c) {
    if (c == '\u201d' || c == '\u00bb') {
      // A closing mark used to open ("”Yes”") still opens when a word follows it directly.
      return i + 1 < body.length() && Character.isLetterOrDigit(body.charAt(i + 1))
          && (i == 0 || Character.isWhitespace(body.charAt(i - 1)));
    }
    return i + 1 < body.length() && !Character.isWhitespace(body.charAt(i + 1));
  }

  private static boolean canClose(String body, int i, char c) {
    if (c == '\u201c' || c == '\u201e' || c == '\u00ab') {
      return false;
    }
    return i > 0 && !Character.isWhitespace(body.charAt(i - 1)) || c == '\u201d' || c == '\u00bb';
  }

  private static boolean isSentencePunct(char c) {
    return c == '.' || c == ',' || c == '!' || c == '?' || c == '\u2026';
  }
}
