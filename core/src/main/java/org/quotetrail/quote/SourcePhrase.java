package org.quotetrail.quote;

import java.util.List;
import java.util.Set;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.mention.Entity;
import org.quotetrail.mention.Mention;
import org.quotetrail.mention.MentionKind;
import org.quotetrail.segment.Token;
import org.quotetrail.text.Span;

/**
 * The noun phrase that names a source when no known mention does: "Critics said", "Many in the
 * crowd said", "according to a new poll", "said his longtime physician". The phrase becomes a
 * description mention; when a known mention ends it ("Vermont Sen. Bernie Sanders"), its entity is
 * the phrase's.
 */
final class SourcePhrase {
  /** Longest phrase taken as a source, in tokens. */
  private static final int MAX_TOKENS = 8;
  /** Words that end a phrase when reading leftwards: they open a clause rather than name a source. */
  private static final Set<String> BOUNDARIES =
      Set.of("that", "which", "who", "whom", "and", "but", "or", "while", "because", "if", "when", "as", "after", "before",
          "since", "although", "though", "where", "whether", "so", "than", "then", "not", "also", "now", "what", "how", "why",
          "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may",
          "might", "must", "do", "does", "did", "it", "there", "this", "these", "those", "here", "yet", "still", "even");
  /** Words a source phrase may not start with. */
  private static final Set<String> BAD_START =
      Set.of("of", "to", "for", "with", "by", "at", "in", "on", "from", "about", "into", "over", "under", "against", "s");

  private final Lexicon lexicon;

  SourcePhrase(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The phrase ending at token {@code last} (inclusive), read leftwards to a boundary; null if none. */
  Mention endingAt(String body, List<Token> tokens, int last, int sentenceStart, MentionIndex index) {
    int first = last;
    while (first - 1 >= sentenceStart && last - first + 1 < MAX_TOKENS && isPhraseWord(tokens, first - 1)) {
      first--;
    }
    while (first <= last && BAD_START.contains(tokens.get(first).lower())) {
      first++;
    }
    if (first > last || !isPhraseWord(tokens, first) || !isHead(tokens.get(last))) {
      return null;
    }
    return phrase(body, tokens, first, last, index.endingAt(tokens, last));
  }

  /** The phrase starting at token {@code first}, read rightwards to a comma, stop or clause word; null if none. */
  Mention startingAt(String body, List<Token> tokens, int from, int limit, MentionIndex index) {
    // "said Mr. Hale": the title's stop would end the phrase at "Mr"; the name after it is the source.
    int first = isTitleStop(tokens, from, limit) ? from + 2 : from;
    int last = first - 1;
    while (last + 1 < limit && last + 1 - first < MAX_TOKENS + 4 && isPhraseWord(tokens, last + 1)) {
      last++;
    }
    if (last < first || BAD_START.contains(tokens.get(first).lower()) || !isHead(tokens.get(last))) {
      return null;
    }
    Mention head = index.startingAt(tokens, first);
    if (head == null || head.span().end() < tokens.get(last).end() - 2 && !isNameFrom(tokens, head)) {
      head = index.endingAt(tokens, last); // "said Democratic strategist Ada Brink": the name that ends the phrase
    }
    Mention apposition = closingApposition(tokens, last, limit, index);
    if (apposition != null && (head == null || head.kind() != MentionKind.NAME)) {
      head = apposition; // "said the firm's chief executive, Ada Brink.": the name fenced off after the phrase
    }
    return phrase(body, tokens, first, last, head);
  }

  /** "Paul Kent of Maine": a name, then where the person is from. */
  private static boolean isNameFrom(List<Token> tokens, Mention head) {
    int after = ReportedSpeechFinder.tokenAt(tokens, head.span().end() - 1) + 1;
    return head.kind() == MentionKind.NAME && after < tokens.size()
        && (tokens.get(after).lower().equals("of") || tokens.get(after).lower().equals("from"));
  }

  /** A name after the comma that follows token {@code last}, ending the sentence or its clause. */
  private static Mention closingApposition(List<Token> tokens, int last, int limit, MentionIndex index) {
    if (last + 2 >= limit || !tokens.get(last + 1).text().equals(",")) {
      return null;
    }
    Mention name = index.startingAt(tokens, last + 2);
    if (name == null || name.kind() != MentionKind.NAME) {
      return null;
    }
    int after = ReportedSpeechFinder.tokenAt(tokens, name.span().end() - 1) + 1;
    return after >= limit || !tokens.get(after).isWord() ? name : null;
  }

  private static Mention phrase(String body, List<Token> tokens, int first, int last, Mention head) {
    if (head != null && head.span().begin() == tokens.get(first).begin()) {
      return head; // the phrase is exactly a known mention
    }
    Span span = new Span(tokens.get(first).begin(), tokens.get(last).end());
    Entity entity = head == null ? null : head.entity();
    String role = head == null ? null : head.role();
    return new Mention(span, span.of(body), MentionKind.NOMINAL, entity, role, false, true);
  }

  private boolean isTitleStop(List<Token> tokens, int k, int limit) {
    return k + 2 < limit && lexicon.title(tokens.get(k).text()) != null && tokens.get(k + 1).text().equals(".")
        && tokens.get(k + 2).isCapitalized();
  }

  /** A word of a phrase; a reporting verb is one after a preposition or an article, where it is a noun ("in charge of"). */
  private boolean isPhraseWord(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (isPhraseWord(t)) {
      return true;
    }
    String before = k > 0 ? tokens.get(k - 1).lower() : "";
    return t.isWord() && !BOUNDARIES.contains(t.lower()) && (NOUN_MARKERS.contains(before) || SourceFinder.LINK_WORDS.contains(before));
  }

  private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an");

  private boolean isPhraseWord(Token t) {
    if (!t.isWord()) {
      return t.text().equals("-") || t.text().equals("&") || t.text().equals("%");
    }
    String w = t.lower();
    return !BOUNDARIES.contains(w) && lexicon.speechVerb(w) == null && lexicon.beliefVerb(w) == null;
  }

  /** Nouns that end like adverbs: "the organizer of a rally said", "the family said". */
  static final Set<String> LY_NOUNS = Set.of("family", "rally", "ally", "assembly", "supply", "tally", "monopoly", "daily");

  /** A phrase ends in a noun, a name or a number ("42%"), not an adverb or a preposition. */
  private static boolean isHead(Token t) {
    String w = t.lower();
    return t.isWord() && (!w.endsWith("ly") || LY_NOUNS.contains(w)) && !BAD_START.contains(w) || w.equals("%");
  }
}
