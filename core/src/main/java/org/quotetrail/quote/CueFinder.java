package org.quotetrail.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.mention.Mention;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;
import org.quotetrail.text.Span;

/**
 * Finds reporting cues and their sources: "Smith said", "said a spokesperson", "he told
 * reporters", "according to Reuters", "Kate Green, the chair of the campaign, wrote".
 */
final class CueFinder {
  /** Words that may stand between a subject and its verb: "Smith has also said". */
  private static final Set<String> BETWEEN =
      Set.of("has", "had", "have", "also", "then", "later", "previously", "again", "would", "will", "repeatedly", "reportedly",
          "once", "earlier", "further", "recently", "already", "often", "publicly", "privately", "simply", "just", "even",
          "appeared", "appears", "seemed", "seems", "to", "went", "on", "is", "was", "were", "are", "been", "being", "did",
          "does", "do", "not", "never", "could", "might", "may", "can", "should", "must", "flatly", "strongly", "angrily");
  /** Verbs whose object names the hearer: "told reporters", "asked the BBC". */
  private static final Set<String> HEARER_VERBS = Set.of("tell", "ask", "inform", "assure", "warn", "urge", "remind");
  /** Lemmas that are more often nouns or other verbs in their bare or -s form ("a state", "reports"). */
  private static final Set<String> NOUN_LIKE =
      Set.of("state", "report", "comment", "answer", "counter", "object", "note", "protest", "mention", "demand", "promise",
          "pledge", "estimate", "charge", "praise", "question", "signal", "claim", "respond", "reply", "vow", "concern", "stress",
          "caution", "quip", "joke", "tweet", "hint", "plead", "blast", "slam", "mock", "lament", "dispute", "cry", "shout");

  private final Lexicon lexicon;

  CueFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The cues of every sentence, in order; words inside quote marks are never cues. */
  List<Cue> find(String body, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions, List<MarkedQuote> quotes) {
    Quoted quoted = new Quoted(quotes);
    MentionIndex index = new MentionIndex(mentions);
    List<Cue> cues = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        Token t = tokens.get(i);
        if (quoted.contains(t.begin())) {
          continue;
        }
        if (t.lower().equals("according") && i + 1 < sentence.endToken() && tokens.get(i + 1).lower().equals("to")) {
          Mention source = index.startingAt(tokens, i + 2);
          cues.add(new Cue(new Span(t.begin(), tokens.get(i + 1).end()), "according to", "according to", s, i + 1, source, true));
          continue;
        }
        String lemma = lexicon.speechVerb(t.text());
        if (lemma == null || t.isCapitalized() && i != sentence.firstToken()) {
          continue;
        }
        if (i > sentence.firstToken() && isPossessive(tokens.get(i - 1).text())) {
          continue; // "Smith's comments": a noun
        }
        // A participle ("wrote to X asking him to ...") belongs to the clause's subject, not the word before it.
        Mention before = t.lower().endsWith("ing") ? null : subjectBefore(tokens, index, i, sentence.firstToken());
        if (isBareForm(t, lemma) && before == null) {
          continue;
        }
        Mention after = before == null && invertible(tokens, i, sentence) ? index.startingAt(tokens, i + 1) : null;
        int end = cueEnd(tokens, i, lemma, sentence.endToken(), index);
        Span span = new Span(t.begin(), tokens.get(end - 1).end());
        cues.add(new Cue(span, span.of(body), lemma, s, i, before != null ? before : after, before == null && after != null));
      }
    }
    return cues;
  }

  private static boolean isArticle(String word) {
    return word.equals("the") || word.equals("a") || word.equals("an");
  }

  private static boolean isPossessive(String word) {
    return word.endsWith("'s") || word.endsWith("\u2019s") || word.endsWith("s'");
  }

  /** "said" is a verb; "state", "reports" often are not, so they need a subject right before them. */
  private static boolean isBareForm(Token t, String lemma) {
    String w = t.lower();
    return NOUN_LIKE.contains(lemma) && (w.equals(lemma) || w.endsWith("s") && !w.endsWith("ss"));
  }

  /** "..., said Smith" and "... ,” said Smith": the verb comes first only after a comma or quote. */
  private static boolean invertible(List<Token> tokens, int i, Sentence sentence) {
    if (i == sentence.firstToken()) {
      return false;
    }
    String prev = tokens.get(i - 1).text();
    return prev.equals(",") || prev.equals("\"") || prev.equals("\u201d") || prev.equals("\u2019") || prev.equals("'");
  }

  /** The cue's words: the verb, and for "tell" and its like the hearer ("told reporters"). */
  private static int cueEnd(List<Token> tokens, int verb, String lemma, int limit, MentionIndex index) {
    int end = verb + 1;
    if (!HEARER_VERBS.contains(lemma) || end >= limit) {
      return end;
    }
    boolean article = isArticle(tokens.get(end).lower());
    Mention hearer = index.startingAt(tokens, article ? end + 1 : end);
    if (hearer == null && article) {
      hearer = index.startingAt(tokens, end);
    }
    if (hearer != null) {
      while (end < limit && tokens.get(end).end() <= hearer.span().end()) {
        end++;
      }
      return end;
    }
    if (article) {
      // "told a cabinet meeting", "told the BBC": the hearer runs to "that", a comma or the clause's verb.
      int k = end + 1;
      while (k < limit && k <= end + 3 && tokens.get(k).isWord() && !tokens.get(k).lower().equals("that")) {
        k++;
      }
      return k;
    }
    Token next = tokens.get(end);
    if (next.isWord() && !next.lower().equals("that") && !next.lower().equals("him") && !next.lower().equals("her")
        && !next.lower().equals("them")) {
      return end + 1; // "told reporters"
    }
    return end;
  }

  /**
   * The mention that is the verb's subject: ending just before it (past auxiliaries and adverbs),
   * or before a comma-fenced clause ("Smith, who is trailing, said"; "the chair, Kate Green,
   * wrote").
   */
  private Mention subjectBefore(List<Token> tokens, MentionIndex index, int verb, int sentenceStart) {
    int k = verb - 1;
    while (k >= sentenceStart && BETWEEN.contains(tokens.get(k).lower())) {
      k--;
    }
    if (k < sentenceStart) {
      return null;
    }
    Mention direct = index.endingAt(tokens, k);
    if (direct != null) {
      return direct;
    }
    if (!tokens.get(k).text().equals(",")) {
      return null;
    }
    Mention apposition = index.endingAt(tokens, k - 1);
    if (apposition != null && apposition.kind() == org.quotetrail.mention.MentionKind.NAME) {
      return apposition; // "the chair of the campaign, Kate Green, wrote"
    }
    for (int c = k - 1; c > sentenceStart; c--) {
      if (tokens.get(c).text().equals(",")) {
        Mention fenced = index.endingAt(tokens, c - 1);
        if (fenced != null) {
          return fenced; // "Smith, who appears to be trailing, said"
        }
      }
    }
    return null;
  }

  /** Which offsets are inside quote marks. */
  private static final class Quoted {
    private final List<MarkedQuote> quotes;

    Quoted(List<MarkedQuote> quotes) {
      this.quotes = quotes;
    }

    boolean contains(int offset) {
      for (MarkedQuote q : quotes) {
        if (q.outer().contains(offset)) {
          return true;
        }
      }
      return false;
    }
  }
}
