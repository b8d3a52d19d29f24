package org.quotetrail.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.mention.Mention;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.pipeline.Document;
import org.quotetrail.pipeline.Layer;
import org.quotetrail.pipeline.Layers;
import org.quotetrail.pipeline.Stage;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;
import org.quotetrail.text.Span;

/**
 * Finds the quotations of an article: direct quotes between marks, reported clauses ("Smith said
 * that ..."), and the two mixed (a reported clause carrying quoted words). Scare quotes, quoted
 * terms and titles are left out. Each candidate keeps the cue its sentence ties to it.
 */
public final class QuoteStage implements Stage {
  private final CueFinder cueFinder;
  private final ReportedSpeechFinder reported = new ReportedSpeechFinder();
  private final QuoteShape shape = new QuoteShape();

  public QuoteStage(Lexicon lexicon, CueModel cueModel) {
    this.cueFinder = new CueFinder(lexicon, cueModel);
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.BODY, Layers.TOKENS, Layers.SENTENCES, Layers.PARAGRAPHS, Layers.QUOTE_MARKS, Layers.MENTIONS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.CUES, Layers.QUOTE_CANDIDATES);
  }

  @Override
  public void annotate(Document document) {
    String body = document.get(Layers.BODY);
    List<Token> tokens = document.get(Layers.TOKENS);
    List<Sentence> sentences = document.get(Layers.SENTENCES);
    List<MarkedQuote> marks = document.get(Layers.QUOTE_MARKS);
    List<Mention> mentions = document.get(Layers.MENTIONS);
    List<Cue> cues = cueFinder.find(body, tokens, sentences, mentions, marks);
    List<ReportedSpeechFinder.Clause> clauses = reported.find(body, tokens, sentences, cues, marks);
    SentenceLocator locate = new SentenceLocator(sentences);

    List<QuoteCandidate> candidates = new ArrayList<>();
    boolean[] mixed = new boolean[clauses.size()];
    for (MarkedQuote mark : marks) {
      QuoteShape.Form form = shape.of(body, tokens, mark);
      if (form == QuoteShape.Form.UTTERANCE) {
        Cue cue = CueAttacher.adjacentCue(body, tokens, mark, cues);
        candidates.add(new QuoteCandidate(mark.content(), QuoteKind.DIRECT, cue, mark.firstParagraph(), mark.lastParagraph()));
        continue;
      }
      int holder = clauseHolding(clauses, mark);
      if (holder >= 0) {
        mixed[holder] = true;
      } else if (form == QuoteShape.Form.FRAGMENT) {
        Cue cue = CueAttacher.sentenceCue(locate.sentenceOf(mark.outer().begin()), cues);
        if (cue != null && cue.hasSource()) {
          candidates.add(new QuoteCandidate(mark.content(), QuoteKind.PARTIAL, cue, mark.firstParagraph(), mark.lastParagraph()));
        }
      }
    }
    for (int c = 0; c < clauses.size(); c++) {
      ReportedSpeechFinder.Clause clause = clauses.get(c);
      if (overlapsDirect(candidates, clause.content())) {
        continue;
      }
      int paragraph = sentences.get(clause.cue().sentence()).paragraph();
      QuoteKind kind = switch (clause.cue().kind()) {
        case BELIEF -> QuoteKind.BELIEF;
        case STANCE -> QuoteKind.STANCE;
        case SPEECH -> mixed[c] ? QuoteKind.MIXED : QuoteKind.INDIRECT;
      };
      candidates.add(new QuoteCandidate(clause.content(), kind, clause.cue(), paragraph, paragraph));
    }
    widenFragmentsToClauses(body, sentences, locate, marks, cues, candidates);
    candidates.sort(Comparator.comparing(QuoteCandidate::content));
    joinSplitQuotes(body, candidates, marks);
    removeOverlaps(candidates);
    document.set(Layers.CUES, cues).set(Layers.QUOTE_CANDIDATES, candidates);
  }

  /**
   * Reads a marked fragment as part of what its sentence's cue reports, the clause carrying the
   * quoted words. After a cue ("Lee told the meeting that the plan was “a disaster” for the port"):
   * from the nearest cue before it to the sentence's end, or to the next quote or cue. Before a
   * speech cue ("The plan is “a disaster” for the port, Lee said"): from the sentence's start to the
   * attribution (a belief or stance later in the sentence is too loose a tie to it). The fragment
   * keeps its cue, so its speaker is as before; it stays the marked words when that clause would
   * overlap another quotation.
   */
  private static void widenFragmentsToClauses(String body, List<Sentence> sentences, SentenceLocator locate,
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

  /**
   * Joins a direct quote interrupted by its own attribution ("“A,” she said. “B.”") into one
   * candidate with two parts: one statement, not two. Reported clauses and stances read inside the
   * attribution ("..., said Lee, who has accused the board of delay. “B.”") give way to the join.
   */
  private static void joinSplitQuotes(String body, List<QuoteCandidate> candidates, List<MarkedQuote> marks) {
    for (int i = 0; i < candidates.size(); i++) {
      QuoteCandidate first = candidates.get(i);
      int j = nextDirect(candidates, i);
      if (j < 0) {
        return;
      }
      QuoteCandidate second = candidates.get(j);
      if (first.kind() != QuoteKind.DIRECT
          || second.cue() != null && !second.cue().equals(first.cue()) || first.cue() == null || !first.cue().hasSource() || first.lastParagraph() != second.firstParagraph()) {
        continue;
      }
      Cue cue = first.cue();
      int attributionEnd = Math.max(cue.span().end(), cue.source().span().end());
      if (cue.span().begin() < first.content().end() || !onlyRestOfAttribution(body, attributionEnd, second.content().begin(), marks)) {
        continue;
      }
      List<Span> parts = new ArrayList<>(first.parts());
      parts.addAll(second.parts());
      Span whole = new Span(first.content().begin(), second.content().end());
      candidates.set(i, new QuoteCandidate(whole, QuoteKind.DIRECT, cue, first.firstParagraph(), second.lastParagraph(), parts));
      candidates.subList(i + 1, j + 1).clear();
    }
  }

  /** The next direct candidate after {@code i}, or -1. */
  private static int nextDirect(List<QuoteCandidate> candidates, int i) {
    for (int j = i + 1; j < candidates.size(); j++) {
      if (candidates.get(j).kind() == QuoteKind.DIRECT) {
        return j;
      }
    }
    return -1;
  }

  /** Longest rest of an attribution sentence between two parts of one quote: "..., whom Bush appointed envoy." */
  private static final int MAX_ATTRIBUTION_REST = 160;

  /**
   * Whether the text between an attribution and the next quote only finishes the attribution's
   * sentence ("she said on Tuesday.", "said Ray Hill, who chairs the board."): no quote mark and no
   * sentence end before its last one. Anything longer is the reporter's own narrative.
   */
  private static boolean onlyRestOfAttribution(String body, int from, int to, List<MarkedQuote> marks) {
    if (from > to || to - from > MAX_ATTRIBUTION_REST) {
      return false;
    }
    boolean ended = false;
    for (int k = from; k < to; k++) {
      char c = body.charAt(k);
      if (ended && Character.isLetterOrDigit(c)) {
        return false; // a second sentence in between
      }
      Span named = nameInMarks(body, marks, k, to);
      if (named != null) {
        k = named.end() - 1; // a show named in the attribution: 'he said on “Meet the Harbour.”'
        ended = ".!?".indexOf(body.charAt(named.end() - 2)) >= 0;
        continue;
      }
      if (c == '\u201c' || c == '\u201d' || c == '"') {
        return k == to - 1; // only the mark that opens the second part
      }
      ended |= (c == '.' || c == '!' || c == '?') && !isInitial(body, k);
    }
    return true;
  }

  /** The marks and words of a capitalised name quoted at {@code k}, ending before {@code to}; null if none opens there. */
  private static Span nameInMarks(String body, List<MarkedQuote> marks, int k, int to) {
    for (MarkedQuote mark : marks) {
      if (mark.outer().begin() == k && mark.outer().end() < to && Character.isUpperCase(body.charAt(mark.content().begin()))) {
        return mark.outer();
      }
    }
    return null;
  }

  /** A stop after one capital letter ("George W. Bush") or a short title ("Sen.", "Mr."): no sentence end. */
  private static boolean isInitial(String body, int stop) {
    int k = stop;
    while (k > 0 && Character.isLetter(body.charAt(k - 1))) {
      k--;
    }
    return stop - k >= 1 && stop - k <= 3 && Character.isUpperCase(body.charAt(k));
  }

  /** Two readings of the same words: keep the first (the longer, when both start together). */
  private static void removeOverlaps(List<QuoteCandidate> candidates) {
    int kept = -1;
    for (int i = 0; i < candidates.size(); ) {
      if (kept >= 0 && candidates.get(kept).content().overlaps(candidates.get(i).content())) {
        candidates.remove(i);
      } else {
        kept = i++;
      }
    }
  }

  private static int clauseHolding(List<ReportedSpeechFinder.Clause> clauses, MarkedQuote mark) {
    for (int c = 0; c < clauses.size(); c++) {
      if (clauses.get(c).content().contains(mark.content())) {
        return c;
      }
    }
    return -1;
  }

  private static boolean overlapsDirect(List<QuoteCandidate> candidates, Span span) {
    for (QuoteCandidate q : candidates) {
      if (q.kind() == QuoteKind.DIRECT && q.content().overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  /** Finds the sentence that holds an offset. */
  static final class SentenceLocator {
    private final List<Sentence> sentences;

    SentenceLocator(List<Sentence> sentences) {
      this.sentences = sentences;
    }

    int sentenceOf(int offset) {
      int lo = 0;
      int hi = sentences.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sentences.get(mid).span().end() <= offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
