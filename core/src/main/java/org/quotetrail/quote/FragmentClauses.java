package org.quotetrail.quote;

import java.util.List;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.segment.Sentence;
import org.quotetrail.text.Span;

/**
 * A step of {@link QuoteStage}: a partial quote (marked words inside the reporter's sentence) is
 * widened to the clause that carries it, so that the quotation holds what the source is reported
 * to have said, not the marked words alone.
 */
final class FragmentClauses {
  private FragmentClauses() {}

  /**
   * Reads a marked fragment as part of what its sentence's cue reports, the clause carrying the
   * quoted words. After a cue ("Lee told the meeting that the plan was “a disaster” for the port"):
   * from the nearest cue before it to the sentence's end, or to the next quote or cue. Before a
   * speech cue ("The plan is “a disaster” for the port, Lee said"): from the sentence's start to the
   * attribution (a belief or stance later in the sentence is too loose a tie to it). The fragment
   * keeps its cue, so its speaker is as before; it stays the marked words when that clause would
   * overlap another quotation.
   */
  static void widen(String body, List<Sentence> sentences, QuoteStage.SentenceLocator locate,
      List<MarkedQuote> marks, List<Cue> cues, List<QuoteCandidate> candidates) {
    for (MarkedQuote mark : marks) {
      int fragment = indexOf(candidates, mark.content(), QuoteKind.PARTIAL);
      if (fragment < 0) {
        continue;
      }
      QuoteCandidate partial = candidates.get(fragment);
      int sentenceIndex = locate.sentenceOf(mark.outer().begin());
      Sentence sentence = sentences.get(sentenceIndex);
      int begin = clauseBegin(body, cues, sentenceIndex, mark);
      int attribution = attributionBegin(partial.cue());
      Span clause;
      if (begin >= 0) {
        clause = new Span(begin, clauseEnd(body, sentence, marks, cues, mark));
      } else if (partial.cue().kind() == CueKind.SPEECH && attribution >= mark.outer().end() && attribution < sentence.span().end()) {
        clause = new Span(sentence.span().begin(), trimEnd(body, mark, attribution));
      } else {
        continue;
      }
      if (!overlapsOther(candidates, fragment, clause)) {
        candidates.set(fragment, new QuoteCandidate(clause, QuoteKind.MIXED, partial.cue(), mark.firstParagraph(), mark.lastParagraph()));
      }
    }
  }

  /** Where the clause of the nearest cue with a source before {@code mark} begins (after "that"), or -1 if none. */
  private static int clauseBegin(String body, List<Cue> cues, int sentence, MarkedQuote mark) {
    int begin = -1;
    for (Cue c : cues) {
      if (c.sentence() == sentence && c.hasSource() && attributionEnd(c) <= mark.outer().begin()) {
        begin = attributionEnd(c);
      }
    }
    if (begin < 0) {
      return -1;
    }
    while (begin < mark.outer().begin() && (Character.isWhitespace(body.charAt(begin)) || ",:".indexOf(body.charAt(begin)) >= 0)) {
      begin++;
    }
    return body.startsWith("that ", begin) ? begin + "that ".length() : begin;
  }

  /**
   * Where the clause carrying {@code mark} ends: its sentence's end, or before the next quote or the
   * next cue with its source, without the punctuation and "and"/"but" that lead on to them.
   */
  private static int clauseEnd(String body, Sentence sentence, List<MarkedQuote> marks, List<Cue> cues, MarkedQuote mark) {
    int end = sentence.span().end();
    for (MarkedQuote other : marks) {
      if (other.outer().begin() >= mark.outer().end()) {
        end = Math.min(end, other.outer().begin());
      }
    }
    for (Cue c : cues) {
      int cueBegin = attributionBegin(c);
      if (cueBegin >= mark.outer().end() && cueBegin < sentence.span().end()) {
        end = Math.min(end, cueBegin);
      }
    }
    return trimEnd(body, mark, end);
  }

  /** {@code end} moved back over the spaces, punctuation and "and"/"but" that lead on from a clause, not into {@code mark}. */
  private static int trimEnd(String body, MarkedQuote mark, int end) {
    int trimmed;
    do {
      trimmed = end;
      while (end > mark.outer().end() && (Character.isWhitespace(body.charAt(end - 1)) || ",;:.".indexOf(body.charAt(end - 1)) >= 0)) {
        end--;
      }
      for (String conjunction : List.of(" and", " but")) {
        if (end - conjunction.length() >= mark.outer().end() && body.startsWith(conjunction, end - conjunction.length())) {
          end -= conjunction.length();
        }
      }
    } while (end != trimmed);
    return Math.max(end, mark.outer().end());
  }

  /** Where a cue's attribution begins: at its source when that comes first ("Lee said"). */
  private static int attributionBegin(Cue cue) {
    return cue.hasSource() ? Math.min(cue.span().begin(), cue.source().span().begin()) : cue.span().begin();
  }

  /** Where a cue's attribution ends: after its source when that follows the verb ("said Lee"). */
  private static int attributionEnd(Cue cue) {
    return cue.sourceAfter() && cue.hasSource() ? Math.max(cue.span().end(), cue.source().span().end()) : cue.span().end();
  }

  private static int indexOf(List<QuoteCandidate> candidates, Span content, QuoteKind kind) {
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).kind() == kind && candidates.get(i).content().equals(content)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean overlapsOther(List<QuoteCandidate> candidates, int self, Span span) {
    for (int i = 0; i < candidates.size(); i++) {
      if (i != self && candidates.get(i).content().overlaps(span)) {
        return true;
      }
    }
    return false;
  }
}
