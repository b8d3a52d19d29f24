package org.quotetrail.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
    CueFinder.Cues found = cueFinder.find(body, tokens, sentences, mentions, marks);
    List<Cue> cues = found.accepted();
    Map<MarkedQuote, QuoteShape.Form> forms = new HashMap<>();
    marks.forEach(mark -> forms.put(mark, shape.of(body, tokens, mark)));
    // An attribution right after a title ("“Harbour Lights,” said the fares ...") reports what follows it.
    List<MarkedQuote> said = marks.stream().filter(mark -> forms.get(mark) != QuoteShape.Form.TERM).toList();
    List<ReportedSpeechFinder.Clause> clauses = reported.find(body, tokens, sentences, cues, cues, marks, said);
    SentenceLocator locate = new SentenceLocator(sentences);

    List<QuoteCandidate> candidates = new ArrayList<>();
    boolean[] mixed = new boolean[clauses.size()];
    for (MarkedQuote mark : marks) {
      QuoteShape.Form form = forms.get(mark);
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
        } else if (endsQuotedSentence(body, tokens, mark)) {
          // words carried whole into the reporter's sentence: 'the survey found 73 percent ''kept accounts abroad.'''
          candidates.add(new QuoteCandidate(mark.content(), QuoteKind.DIRECT, CueAttacher.adjacentCue(body, tokens, mark, cues), mark.firstParagraph(), mark.lastParagraph()));
        }
      }
    }
    for (int c = 0; c < clauses.size(); c++) {
      ReportedSpeechFinder.Clause clause = clauses.get(c);
      if (overlaps(candidates, clause.content(), q -> q.kind() == QuoteKind.DIRECT)) {
        continue;
      }
      int paragraph = sentences.get(clause.cue().sentence()).paragraph();
      QuoteKind kind = switch (clause.cue().kind()) {
        case BELIEF -> QuoteKind.BELIEF;
        case STANCE -> QuoteKind.STANCE;
        case SPEECH -> mixed[c] ? QuoteKind.MIXED : QuoteKind.INDIRECT;
      };
      candidates.add(new QuoteCandidate(clause.content(), kind, clause.cue(), paragraph, paragraph, clause.parts()));
    }
    FragmentClauses.widen(body, sentences, locate, marks, cues, candidates);
    candidates.sort(Comparator.comparing(QuoteCandidate::content));
    joinSplitQuotes(body, candidates, marks);
    removeOverlaps(candidates);
    addTentative(body, tokens, sentences, marks, found, candidates);
    document.set(Layers.CUES, cues).set(Layers.QUOTE_CANDIDATES, candidates);
  }

  /** Least words of a quoted fragment that ends a sentence and stands as a quote without a cue. */
  private static final int MIN_SENTENCE_END_WORDS = 3;

  private static boolean endsQuotedSentence(String body, List<Token> tokens, MarkedQuote mark) {
    Span content = mark.content();
    return ".!?".indexOf(body.charAt(content.end() - 1)) >= 0 && ReportedSpeechFinder.words(tokens, content) >= MIN_SENTENCE_END_WORDS;
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

  /**
   * The long clauses of tentative cues that no other reading holds: acts and stances the model
   * scored below its threshold. Added last, so that they change nothing else.
   */
  private void addTentative(String body, List<Token> tokens, List<Sentence> sentences, List<MarkedQuote> marks, CueFinder.Cues found,
      List<QuoteCandidate> candidates) {
    List<QuoteCandidate> added = new ArrayList<>();
    for (CueFinder.Tentative tentative : found.tentative()) {
      for (ReportedSpeechFinder.Clause clause : reported.find(body, tokens, sentences, List.of(tentative.cue()), found.accepted(), marks, marks)) {
        if (ReportedSpeechFinder.words(tokens, clause.content()) >= tentative.fewestWords() && !overlaps(candidates, clause.content(), q -> true)
            && !holdsMark(body, marks, clause.content())) {
          int paragraph = sentences.get(clause.cue().sentence()).paragraph();
          added.add(new QuoteCandidate(clause.content(), QuoteKind.STANCE, clause.cue(), paragraph, paragraph, clause.parts()));
        }
      }
    }
    if (added.isEmpty()) {
      return;
    }
    added.sort(Comparator.comparing(QuoteCandidate::content));
    removeOverlaps(added);
    candidates.addAll(added);
    candidates.sort(Comparator.comparing(QuoteCandidate::content));
  }

  /**
   * Whether quote marks stand in or around the span, paired or not: the marked words have a reading
   * of their own, and a stray mark may be the edge of a quote the finder did not pair.
   */
  private static boolean holdsMark(String body, List<MarkedQuote> marks, Span span) {
    for (MarkedQuote mark : marks) {
      if (mark.outer().overlaps(span)) {
        return true;
      }
    }
    for (int k = Math.max(0, span.begin() - 2); k < Math.min(body.length(), span.end() + 2); k++) {
      char c = body.charAt(k);
      if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\'' && k + 1 < body.length() && body.charAt(k + 1) == '\'') {
        return true;
      }
    }
    return false;
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

  /** Whether a candidate that {@code which} accepts overlaps {@code span}. */
  private static boolean overlaps(List<QuoteCandidate> candidates, Span span, Predicate<QuoteCandidate> which) {
    for (QuoteCandidate q : candidates) {
      if (which.test(q) && q.content().overlaps(span)) {
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
