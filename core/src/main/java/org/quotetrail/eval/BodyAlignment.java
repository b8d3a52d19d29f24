package org.quotetrail.eval;

import java.util.Arrays;
import java.util.Optional;
import org.quotetrail.text.Span;

/**
 * Maps offsets in a cleaned article body back to the original text it came from. The cleaner drops
 * the title and boilerplate lines, joins paragraphs with a blank line and folds runs of white
 * space, but keeps each remaining line's words in order: so each body line is found in the
 * original, from where the previous one ended and at the start of an original line, comparing
 * text with white space folded to one space; its characters then map one to one.
 *
 * <p>A span whose first or last character did not align (a line the cleaner rewrote) is searched
 * for as a whole in the original; a span found neither way does not map.
 */
public final class BodyAlignment {
  private final String body;
  private final Folded original;
  private final int[] bodyToOriginal;

  private BodyAlignment(String body, Folded original, int[] bodyToOriginal) {
    this.body = body;
    this.original = original;
    this.bodyToOriginal = bodyToOriginal;
  }

  /** Aligns {@code body}, the cleaned form of {@code original}, line by line. */
  public static BodyAlignment of(String original, String body) {
    Folded folded = Folded.of(original, 0, original.length());
    int[] map = new int[body.length()];
    Arrays.fill(map, -1);
    int cursor = 0;
    int lineStart = 0;
    while (lineStart <= body.length()) {
      int lineEnd = body.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? body.length() : lineEnd;
      Folded line = Folded.of(body, lineStart, lineEnd);
      if (!line.text.isEmpty()) {
        int found = findLine(folded, line.text, cursor, original);
        if (found >= 0) {
          for (int k = 0; k < line.text.length(); k++) {
            map[line.index[k]] = folded.index[found + k];
          }
          cursor = found + line.text.length();
        }
      }
      lineStart = lineEnd + 1;
    }
    return new BodyAlignment(body, folded, map);
  }

  /** The original offset of the body character at {@code bodyOffset}, or -1 when its line did not align. */
  public int originalOffset(int bodyOffset) {
    return bodyToOriginal[bodyOffset];
  }

  /** The original span of the body span {@code [begin, end)}, or empty when it cannot be mapped. */
  public Optional<Span> toOriginal(int begin, int end) {
    int first = begin;
    while (first < end && Folded.isSpace(body.charAt(first))) {
      first++;
    }
    int last = end - 1;
    while (last > first && Folded.isSpace(body.charAt(last))) {
      last--;
    }
    if (first >= end) {
      return Optional.empty();
    }
    if (bodyToOriginal[first] >= 0 && bodyToOriginal[last] >= bodyToOriginal[first]) {
      return Optional.of(new Span(bodyToOriginal[first], bodyToOriginal[last] + 1));
    }
    return search(body.substring(first, last + 1));
  }

  private Optional<Span> search(String text) {
    String folded = Folded.of(text, 0, text.length()).text;
    int found = original.text.indexOf(folded);
    if (folded.isEmpty() || found < 0) {
      return Optional.empty();
    }
    return Optional.of(new Span(original.index[found], original.index[found + folded.length() - 1] + 1));
  }

  /** The first occurrence of {@code line} at or after {@code from} that starts a line of the original. */
  private static int findLine(Folded folded, String line, int from, String original) {
    for (int at = folded.text.indexOf(line, from); at >= 0; at = folded.text.indexOf(line, at + 1)) {
      if (startsLine(original, folded.index[at])) {
        return at;
      }
    }
    return -1;
  }

  private static boolean startsLine(String text, int offset) {
    for (int i = offset - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (!Folded.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Text with each run of white space folded to one space and ends trimmed; {@code index} maps back. */
  private record Folded(String text, int[] index) {
    static Folded of(String source, int from, int to) {
      StringBuilder text = new StringBuilder(to - from);
      int[] index = new int[to - from];
      boolean pendingSpace = false;
      for (int i = from; i < to; i++) {
        char c = source.charAt(i);
        if (isSpace(c)) {
          pendingSpace = text.length() > 0;
          continue;
        }
        if (pendingSpace) {
          index[text.length()] = i - 1;
          text.append(' ');
          pendingSpace = false;
        }
        index[text.length()] = i;
        text.append(c);
      }
      return new Folded(text.toString(), Arrays.copyOf(index, text.length()));
    }

    static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }
}
