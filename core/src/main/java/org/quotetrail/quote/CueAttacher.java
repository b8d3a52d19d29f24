package org.quotetrail.quote;

import java.util.List;
import org.quotetrail.segment.Token;
import org.quotetrail.text.Span;

/**
 * Ties a quote to the cue that introduces or closes it: "X said: “...”" or "“...,” X said".
 * Only the words between the cue and the quote are looked at, so a cue in another clause is not
 * taken by mistake.
 */
final class CueAttacher {
  /**
   * How many tokens may stand between a closing mark and its cue: ", the Labour leader said", or ",
   * Ada Brink's chief of staff, Joe Kasper, told"; the sentence's end bounds it as well.
   */
  private static final int MAX_GAP = 16;

  private CueAttacher() {}

  /**
   * The cue of a direct quote: one right before its open mark (ending in ":" or ","), preferred
   * because it is closest to the quoted words; else one right after its close mark.
   */
  static Cue adjacentCue(String body, List<Token> tokens, MarkedQuote mark, List<Cue> cues) {
    Cue leading = null;
    Cue trailing = null;
    int open = ReportedSpeechFinder.tokenAt(tokens, mark.outer().begin());
    int close = ReportedSpeechFinder.tokenAt(tokens, Math.max(mark.outer().begin(), mark.outer().end() - 1));
    for (Cue cue : cues) {
      int cueEnd = cue.sourceAfter() || cue.source() == null ? cue.verbToken() : Math.max(cue.verbToken(), lastToken(tokens, cue));
      if (cue.verbToken() < open && open - cueEnd <= 3 && gapIsIntroduction(tokens, cueEnd, open)
          && sameParagraph(body, cue.span().end(), mark.outer().begin())) {
        leading = cue;
      } else if (cue.verbToken() > close && cue.verbToken() - close <= MAX_GAP && trailing == null
          && noSentenceBreak(tokens, close, cue.verbToken()) && sameParagraph(body, mark.outer().end(), cue.span().begin())
          && !newSentenceAfter(body, tokens, mark, close, cue)) {
        trailing = cue;
      }
    }
    if (leading != null && leading.hasSource()) {
      return leading;
    }
    return trailing != null ? trailing : leading;
  }

  /** The cue of a fragment: the cue with a source in the same sentence, nearest before it, else after. */
  static Cue sentenceCue(int sentence, List<Cue> cues) {
    Cue found = null;
    for (Cue cue : cues) {
      if (cue.sentence() == sentence && cue.hasSource() && found == null) {
        found = cue;
      }
    }
    return found;
  }

  /**
   * Whether the quote ends its sentence inside the marks and a new sentence starts after them with
   * words that are not the cue's ("“We won.” Perhaps, she said, ..."): that cue is the next sentence's.
   */
  private static boolean newSentenceAfter(String body, List<Token> tokens, MarkedQuote mark, int close, Cue cue) {
    Span content = mark.content();
    if (close + 1 >= tokens.size() || ".!?".indexOf(body.charAt(content.end() - 1)) < 0) {
      return false;
    }
    Token next = tokens.get(close + 1);
    boolean cueWords = cue.span().contains(next.begin()) || cue.hasSource() && cue.source().span().contains(next.begin());
    return next.isCapitalized() && !cueWords;
  }

  private static int lastToken(List<Token> tokens, Cue cue) {
    return ReportedSpeechFinder.tokenAt(tokens, Math.max(cue.span().begin(), cue.span().end() - 1));
  }

  private static boolean gapIsIntroduction(List<Token> tokens, int cueEnd, int open) {
    for (int t = cueEnd + 1; t < open; t++) {
      String s = tokens.get(t).text();
      if (!s.equals(":") && !s.equals(",") && !s.equalsIgnoreCase("that")) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameParagraph(String body, int from, int to) {
    return from >= to || body.indexOf('\n', from) < 0 || body.indexOf('\n', from) >= to;
  }

  private static boolean noSentenceBreak(List<Token> tokens, int from, int to) {
    for (int t = from + 1; t < to; t++) {
      String s = tokens.get(t).text();
      if (s.equals(".") && !isAbbreviated(tokens.get(t - 1)) || s.equals("!") || s.equals("?") || isOpenMark(s)) {
        return false;
      }
    }
    return true;
  }

  /** A short capitalised word before a stop is a title or an initial ("Ms.", "Sen.", "W."), no sentence end. */
  private static boolean isAbbreviated(Token t) {
    return t.isWord() && t.isCapitalized() && t.text().length() <= 3;
  }

  private static boolean isOpenMark(String s) {
    return s.equals("\u201c") || s.equals("\"");
  }
}
