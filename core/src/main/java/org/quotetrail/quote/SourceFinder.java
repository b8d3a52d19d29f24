package org.quotetrail.quote;

import java.util.List;
import java.util.Set;
import org.quotetrail.mention.Mention;
import org.quotetrail.mention.MentionKind;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;
import org.quotetrail.text.Span;

/**
 * Finds the source of a reporting verb: the mention or noun phrase that is its subject ("Smith
 * said", "Smith, who is trailing, said", "Critics said"), the phrase after an inverted verb ("said
 * a spokesperson"), or, for participles and coordinated verbs, the source of the clause they join.
 */
final class SourceFinder {
  /** Words that may stand between a subject and its verb: "Smith has also said". */
  static final Set<String> BETWEEN =
      Set.of("has", "had", "have", "also", "then", "later", "previously", "again", "would", "will", "repeatedly", "reportedly",
          "once", "earlier", "further", "recently", "already", "often", "publicly", "privately", "simply", "just", "even",
          "went", "on", "is", "was", "were", "are", "been", "being", "did", "long",
          "does", "do", "not", "never", "could", "might", "may", "can", "should", "must", "flatly", "strongly", "angrily");
  /** Short adverbs that may stand between a subject and its verb: "have since denounced", "have always said". */
  private static final Set<String> SHORT_ADVERBS = Set.of("since", "still", "now", "first", "soon", "yet", "ever", "always");

  /**
   * Whether token {@code k} may stand between a subject and its verb: an auxiliary or a listed
   * adverb ("Smith has also said", "have since denounced"), or any adverb in -ly ("Republicans quickly accused", "Reid
   * relentlessly attacked") that does not follow an article, which would make it a noun ("the family").
   */
  static boolean isBetween(List<Token> tokens, int k, int sentenceStart) {
    String w = tokens.get(k).lower();
    if (BETWEEN.contains(w)) {
      return true;
    }
    if (SHORT_ADVERBS.contains(w)) {
      return true;
    }
    if (REFLEXIVES.contains(w) && k > sentenceStart && tokens.get(k - 1).isWord()) {
      return true; // "Lee herself has said": the intensifier, not the subject
    }
    if (isNegatedAuxiliary(w)) {
      return true; // "wouldn’t say", "didn't respond"
    }
    return w.length() > 4 && w.endsWith("ly") && !SourcePhrase.LY_NOUNS.contains(w) && !tokens.get(k).isCapitalized()
        && !(k > sentenceStart && ARTICLE_LIKE.contains(tokens.get(k - 1).lower()));
  }

  /** Reflexive pronouns that intensify the subject before them: "Lee herself", "the board itself". */
  private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves");

  /** An auxiliary with "not" contracted onto it: "wouldn’t", "didn't", "won’t", "can't". */
  private static boolean isNegatedAuxiliary(String w) {
    if (!w.endsWith("n\u2019t") && !w.endsWith("n't")) {
      return false;
    }
    String auxiliary = w.substring(0, w.length() - 3);
    auxiliary = auxiliary.equals("wo") ? "will" : auxiliary.equals("ca") ? "can" : auxiliary;
    return BETWEEN.contains(auxiliary);
  }

  private static final Set<String> ARTICLE_LIKE = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that");

  /** Words between a person's name and where or whom they are from: "Alan Briggs of Texas". */
  private static final Set<String> FROM_WORDS = Set.of("of", "from");
  /** Words that put a following mention in a prepositional phrase. */
  static final Set<String> LINK_WORDS =
      Set.of("of", "to", "for", "with", "by", "at", "in", "on", "from", "about", "against", "than", "over", "into");

  private final SourcePhrase phrases;

  SourceFinder(SourcePhrase phrases) {
    this.phrases = phrases;
  }

  /**
   * The mention that is the verb's subject: ending just before it (past auxiliaries and adverbs),
   * or before a comma-fenced clause ("Smith, who is trailing, said"; "the chair, Kate Green,
   * wrote").
   */
  Mention subject(List<Token> tokens, MentionIndex index, int verb, int sentenceStart) {
    int k = skipBetween(tokens, verb, sentenceStart);
    if (k < sentenceStart) {
      return null;
    }
    Mention direct = index.endingAt(tokens, k);
    if (direct != null) {
      int first = ReportedSpeechFinder.tokenAt(tokens, direct.span().begin());
      Mention person = first - 2 >= sentenceStart && FROM_WORDS.contains(tokens.get(first - 1).lower())
          ? index.endingAt(tokens, first - 2) : null;
      // "Rep. Alan Briggs of Texas said": the person, not where they are from
      return person != null && person.kind() == MentionKind.NAME && person.entity() != null
          && person.entity().type() == SpeakerType.PERSON ? person : direct;
    }
    if (k - 1 > sentenceStart && tokens.get(k - 1).text().equals(",") && isClosingMark(tokens.get(k).text())) {
      return quotedAsideSubject(tokens, index, k, sentenceStart);
    }
    if (!tokens.get(k).text().equals(",")) {
      return null;
    }
    Mention apposition = endingBeforeComma(tokens, index, k, sentenceStart);
    if (apposition != null && isDescribed(tokens, apposition, sentenceStart)) {
      apposition = null; // "Ada Brink, a Liberal, said": "a Liberal" describes the name before it
    }
    if (apposition != null && apposition.kind() == MentionKind.NAME && !inRelativeClause(tokens, k - 1, sentenceStart)) {
      return apposition; // "the chair of the campaign, Kate Green, wrote"
    }
    Mention nearest = null;
    for (int c = k - 1; c > sentenceStart; c--) {
      if (tokens.get(c).text().equals(",")) {
        Mention fenced = endingBeforeComma(tokens, index, c, sentenceStart);
        if (fenced != null && isRelativePronoun(tokens.get(c + 1).lower())) {
          return fenced; // "Smith, who grew up in Dover, Delaware, said": the clause's names are not the subject
        }
        nearest = nearest == null ? fenced : nearest; // "Smith, the chair of the board, said"
      }
    }
    return nearest;
  }

  /**
   * Whether {@code subject} ends right before a comma that stands right before the verb, with no
   * comma before it in the sentence to open an apposition: "in Callow, said" but not "the chair, Ada
   * Brink, said", "Lee of Texas, the chair of the Senate, said", nor "Brink, said" at the sentence's start.
   */
  static boolean isUnfencedBeforeComma(List<Token> tokens, Mention subject, int verb, int sentenceStart) {
    int k = verb - 1;
    if (k <= sentenceStart || !tokens.get(k).text().equals(",") || tokens.get(k - 1).end() != subject.span().end()) {
      return false;
    }
    int first = ReportedSpeechFinder.tokenAt(tokens, subject.span().begin());
    for (int c = sentenceStart; c < first; c++) {
      if (tokens.get(c).text().equals(",")) {
        return false;
      }
    }
    return first > sentenceStart;
  }

  /** Whether an article stands right before {@code mention}, after a comma: ", a Liberal,", ", the Republican,". */
  private static boolean isDescribed(List<Token> tokens, Mention mention, int sentenceStart) {
    int first = ReportedSpeechFinder.tokenAt(tokens, mention.span().begin());
    if (first - 2 < sentenceStart) {
      return false;
    }
    String before = tokens.get(first - 1).lower();
    return (before.equals("a") || before.equals("an") || before.equals("the")) && tokens.get(first - 2).text().equals(",");
  }

  private static boolean isClosingMark(String token) {
    return token.equals("\"") || token.equals("\u201d");
  }

  /**
   * The subject before an aside that ends in a quote: "Lee, citing “the pull of the harbour,” said",
   * "Lee, calling the plan “a bold step,” said". Null when the quote opens its clause ("“We will
   * win,” said Lee"): then the quote is what was said and its source follows the verb.
   */
  private static Mention quotedAsideSubject(List<Token> tokens, MentionIndex index, int close, int sentenceStart) {
    int open = -1;
    for (int c = close - 1; c >= sentenceStart; c--) {
      String t = tokens.get(c).text();
      if (t.equals("\"") || t.equals("\u201c")) {
        open = c;
        break;
      }
    }
    if (open <= sentenceStart || !tokens.get(open - 1).isWord()) {
      return null;
    }
    for (int c = open - 1; c > sentenceStart; c--) {
      if (tokens.get(c).text().equals(",") && tokens.get(c + 1).lower().endsWith("ing")) {
        return endingBeforeComma(tokens, index, c, sentenceStart); // the participle's comma follows the subject
      }
    }
    return null;
  }

  /** The mention ending right before the comma at {@code comma}, or before a bracket there ("Lee (D-Va.), the ..."). */
  private static Mention endingBeforeComma(List<Token> tokens, MentionIndex index, int comma, int sentenceStart) {
    int last = comma - 1;
    if (last > sentenceStart && tokens.get(last).text().equals(")")) {
      int open = openingBracket(tokens, last, sentenceStart);
      last = open > sentenceStart ? open - 1 : last;
    }
    return index.endingAt(tokens, last);
  }

  static boolean isRelativePronoun(String word) {
    return word.equals("who") || word.equals("which") || word.equals("whose");
  }

  /**
   * Whether token {@code last} lies in a clause opened by ", who" or ", which": "Hill, who is no
   * relation of Ray Hill, said", "Lee, who grew up in Dover, Delaware, said".
   */
  private static boolean inRelativeClause(List<Token> tokens, int last, int sentenceStart) {
    for (int c = last; c > sentenceStart; c--) {
      if (tokens.get(c).text().equals(",") && isRelativePronoun(tokens.get(c + 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /** A source that is no known mention: the noun phrase before the verb ("Critics said", "Many in the crowd said"). */
  Mention phraseBefore(String body, List<Token> tokens, MentionIndex index, int verb, Sentence sentence) {
    int k = skipBetween(tokens, verb, sentence.firstToken());
    if (k < sentence.firstToken() || isConjunction(tokens.get(k))) {
      return null; // a coordinated verb takes the source of the clause it joins: see clause()
    }
    Mention phrase = phrases.endingAt(body, tokens, k, sentence.firstToken(), index);
    if (phrase == null && tokens.get(k).text().equals(",")) {
      int opening = fencedAsideStart(tokens, k, sentence.firstToken());
      if (opening > sentence.firstToken()) {
        return phrases.endingAt(body, tokens, opening - 1, sentence.firstToken(), index); // "The complaint, which was filed ..., alleged"
      }
    }
    return phrase;
  }

  /**
   * The comma that opens an aside closed by the comma at {@code close}, when the aside is a relative
   * clause or a participle phrase with no comma of its own ("which was filed in May", "published by
   * the trust"); -1 otherwise.
   */
  private static int fencedAsideStart(List<Token> tokens, int close, int sentenceStart) {
    for (int c = close - 1; c > sentenceStart; c--) {
      if (tokens.get(c).text().equals(",")) {
        String first = tokens.get(c + 1).lower();
        boolean relative = first.equals("which") || first.equals("who") || first.equals("whose");
        boolean participle = first.endsWith("ed") || first.endsWith("en");
        return c + 1 < close && (relative || participle) ? c : -1;
      }
    }
    return -1;
  }

  /** The phrase after an inverted verb: "..., said a spokesperson for Harbour Watch." */
  Mention after(String body, List<Token> tokens, MentionIndex index, int verb, Sentence sentence) {
    return phrases.startingAt(body, tokens, verb + 1, sentence.endToken(), index);
  }

  /**
   * The subject of the main clause after a participle clause that opens the sentence ("Emphasizing
   * the urgency of the matter, Trump said ...", "Noting that ..., the senator argued ..."): the first
   * source phrase after a comma that a lower-case word, its verb, follows; null if none.
   */
  Mention mainSubject(String body, List<Token> tokens, MentionIndex index, int participle, Sentence sentence) {
    for (int k = participle + 1; k + 2 < sentence.endToken(); k++) {
      if (!tokens.get(k).text().equals(",")) {
        continue;
      }
      Mention subject = phrases.startingAt(body, tokens, k + 1, sentence.endToken(), index);
      if (subject == null) {
        continue;
      }
      int next = ReportedSpeechFinder.tokenAt(tokens, subject.span().end() - 1) + 1;
      if (next < sentence.endToken() && tokens.get(next).isWord() && !tokens.get(next).isCapitalized()) {
        return subject;
      }
    }
    return null;
  }

  /**
   * "who" right before the verb, or "which" after a comma ("Lee, who chairs the board, said";
   * "voters who think ..."; "the agency, which said ..."): the source as the text names it, standing
   * for what is named before it when a mention ends there.
   */
  static Mention relativePronoun(List<Token> tokens, MentionIndex index, int verb, int sentenceStart) {
    int k = skipBetween(tokens, verb, sentenceStart);
    if (k <= sentenceStart) {
      return null;
    }
    String word = tokens.get(k).lower();
    boolean comma = tokens.get(k - 1).text().equals(",");
    if (!word.equals("who") && !(comma && word.equals("which"))) {
      return null;
    }
    Token pronoun = tokens.get(k);
    Mention antecedent = index.endingAt(tokens, comma ? k - 2 : k - 1);
    return new Mention(new Span(pronoun.begin(), pronoun.end()), pronoun.text(), MentionKind.PRONOUN,
        antecedent == null ? null : antecedent.entity(), antecedent == null ? null : antecedent.role(), false, true);
  }

  /** "X said ... and added": the verb follows "and" or "but", past auxiliaries and adverbs. */
  static boolean isCoordinated(List<Token> tokens, int verb, int sentenceStart) {
    int k = skipBetween(tokens, verb, sentenceStart);
    return k >= sentenceStart && isConjunction(tokens.get(k));
  }

  /**
   * The source of a participle or coordinated verb: the nearest subject before it that is not
   * inside an earlier cue's "that" clause ("the challenger launched an attack and suggested ..."),
   * else the source of the sentence's last cue ("Smith told reporters that X was ... and said
   * ..."; "Kate Green wrote to X asking him to ..."), else the sentence's first mention outside a
   * prepositional phrase.
   */
  static Mention clause(List<Cue> cues, int sentence, List<Token> tokens, List<Mention> mentions, int verb, Sentence s) {
    Cue last = lastCueWithSource(cues, sentence);
    Span before = new Span(tokens.get(s.firstToken()).begin(), tokens.get(verb).begin());
    Mention nearest = null;
    Mention first = null;
    for (Mention m : mentions) {
      if (m.inQuote() || !before.contains(m.span()) || m.span().end() >= tokens.get(verb - 1).begin()) {
        continue;
      }
      int at = ReportedSpeechFinder.tokenAt(tokens, m.span().begin());
      boolean ownSubject = skipBetween(tokens, verb, s.firstToken()) == ReportedSpeechFinder.tokenAt(tokens, m.span().end() - 1);
      if (m.subject() && (last == null || ownSubject || !insideReportedClause(tokens, last, at))) {
        nearest = m;
      }
      if (first == null && (at == s.firstToken() || !LINK_WORDS.contains(tokens.get(at - 1).lower()))) {
        first = m;
      }
    }
    if (nearest != null && (last == null || nearest.span().begin() > last.source().span().begin())) {
      return nearest;
    }
    return last != null ? last.source() : first;
  }

  /** "Fiorina: ..." — a name alone before a colon, opening its sentence, speaks what follows. */
  static Mention beforeColon(List<Token> tokens, MentionIndex index, int colon, Sentence sentence) {
    Mention m = index.endingAt(tokens, colon - 1);
    return m != null && m.span().begin() == tokens.get(sentence.firstToken()).begin() ? m : null;
  }

  private static Cue lastCueWithSource(List<Cue> cues, int sentence) {
    for (int c = cues.size() - 1; c >= 0 && cues.get(c).sentence() == sentence; c--) {
      if (cues.get(c).hasSource()) {
        return cues.get(c);
      }
    }
    return null;
  }

  private static int skipBetween(List<Token> tokens, int verb, int sentenceStart) {
    int k = verb - 1;
    while (k >= sentenceStart) {
      int aside = asideStart(tokens, k, sentenceStart);
      if (aside >= 0) {
        k = aside - 1;
      } else if (isBetween(tokens, k, sentenceStart)) {
        k--;
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * Where an aside between a subject and its verb begins when it ends at token {@code last}, or -1:
   * brackets ("Rep. Ann Lee (D-N.Y.) said"), dashes ("The harbour master -- who has been in a
   * dispute -- said"), a time ("Sen. Maria Delgado on Wednesday accused"), a party and state ("Sen.
   * Joan Pike, R-Kan., told"), a share ("A third of voters, 33%, say") or a fenced adverbial
   * ("Others, however, say", "X, on the other hand, argued").
   */
  private static int asideStart(List<Token> tokens, int last, int sentenceStart) {
    String text = tokens.get(last).text();
    if (text.equals(")")) {
      return openingBracket(tokens, last, sentenceStart);
    }
    if (isDash(text)) {
      return openingDash(tokens, last, sentenceStart);
    }
    int time = timePhraseStart(tokens, last, sentenceStart);
    if (time >= 0) {
      return time;
    }
    int party = partyFenceStart(tokens, last, sentenceStart);
    if (party >= 0) {
      return party;
    }
    int share = shareFenceStart(tokens, last, sentenceStart);
    return share >= 0 ? share : fencedAdverbialStart(tokens, last, sentenceStart);
  }

  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "yesterday", "today", "tonight");
  private static final Set<String> PARTS_OF_DAYS = Set.of("morning", "afternoon", "evening", "night", "week", "weekend", "month",
      "year");

  /**
   * Where a time phrase ending at {@code last} begins: "on Wednesday", "on Tuesday night", "last
   * week", "yesterday"; -1 when none ends there.
   */
  private static int timePhraseStart(List<Token> tokens, int last, int sentenceStart) {
    int k = last;
    if (PARTS_OF_DAYS.contains(tokens.get(k).lower()) && k - 1 >= sentenceStart) {
      String before = tokens.get(k - 1).lower();
      if (before.equals("last") || before.equals("this") || before.equals("earlier")) {
        return k - 1;
      }
      k--;
    }
    if (!DAYS.contains(tokens.get(k).lower())) {
      return -1;
    }
    return k - 1 >= sentenceStart && tokens.get(k - 1).lower().equals("on") ? k - 1 : k;
  }

  /** Where ", R-Kan.," (party and state, fenced by commas) begins when it ends at {@code comma}; -1 otherwise. */
  private static int partyFenceStart(List<Token> tokens, int comma, int sentenceStart) {
    if (!tokens.get(comma).text().equals(",")) {
      return -1;
    }
    int k = comma - 1;
    if (k > sentenceStart && tokens.get(k).text().equals(".")) {
      k--;
    }
    // "R-Kan", "D-N.Y": the tokenizer keeps a hyphen and inner stops inside the word
    if (k - 1 <= sentenceStart || !tokens.get(k).text().matches("[DRI]-[A-Z][A-Za-z.]*") || !tokens.get(k - 1).text().equals(",")) {
      return -1;
    }
    return k - 1;
  }

  /** Where a share fenced by commas begins when its closing comma is {@code comma}: "A third of voters, 33%, say"; -1 if none. */
  private static int shareFenceStart(List<Token> tokens, int comma, int sentenceStart) {
    if (comma - 1 <= sentenceStart || !tokens.get(comma).text().equals(",")) {
      return -1;
    }
    int k = comma - 1;
    while (k > sentenceStart && (tokens.get(k).text().equals("%") || tokens.get(k).lower().equals("percent") || tokens.get(k).lower().equals("cent")
        || tokens.get(k).lower().equals("per"))) {
      k--;
    }
    boolean share = k < comma - 1 || tokens.get(k).text().endsWith("%");
    if (!share || k - 1 <= sentenceStart || !Character.isDigit(tokens.get(k).text().charAt(0)) || !tokens.get(k - 1).text().equals(",")) {
      return -1;
    }
    return k - 1;
  }

  static boolean isDash(String token) {
    return token.equals("-") || token.equals("\u2014") || token.equals("\u2013");
  }

  /**
   * The first token of the dash that opens the aside closed by the dash at {@code close} ("--" is two
   * tokens), when one opens it in the sentence after a word; -1 otherwise.
   */
  private static int openingDash(List<Token> tokens, int close, int sentenceStart) {
    int k = close;
    while (k - 1 > sentenceStart && tokens.get(k - 1).text().equals("-")) {
      k--;
    }
    for (int c = k - 2; c > sentenceStart; c--) {
      if (isDash(tokens.get(c).text())) {
        while (c - 1 > sentenceStart && tokens.get(c - 1).text().equals("-")) {
          c--;
        }
        return tokens.get(c - 1).isWord() ? c : -1;
      }
    }
    return -1;
  }

  /** Adverbials a subject may set off by commas before its verb: "Others, however, say", "X, on the other hand, argued". */
  private static final Set<String> FENCED_ADVERBS = Set.of("however", "though", "too", "meanwhile", "instead", "moreover", "therefore",
      "on the other hand", "for example", "for instance", "in turn", "for their part", "for his part", "for her part",
      "for its part", "in fact", "by contrast", "in contrast", "of course", "in particular", "at the same time",
      "in response", "in a statement", "in an interview", "separately", "likewise", "similarly", "also");

  /** Whether token {@code comma} closes ", however," or the like. */
  private static int fencedAdverbialStart(List<Token> tokens, int comma, int sentenceStart) {
    if (!tokens.get(comma).text().equals(",")) {
      return -1;
    }
    StringBuilder words = new StringBuilder();
    for (int c = comma - 1; c > sentenceStart && comma - c <= 5; c--) {
      if (tokens.get(c).text().equals(",")) {
        return FENCED_ADVERBS.contains(words.toString()) ? c : -1;
      }
      words.insert(0, words.length() == 0 ? tokens.get(c).lower() : tokens.get(c).lower() + " ");
    }
    return -1;
  }

  /** The "(" of the bracket closed at {@code close}, as in "Rep. Ann Lee (D-N.Y.) said"; -1 when none is near. */
  private static int openingBracket(List<Token> tokens, int close, int sentenceStart) {
    for (int k = close - 1; k >= sentenceStart && k >= close - 8; k--) {
      if (tokens.get(k).text().equals("(")) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isConjunction(Token t) {
    return t.lower().equals("and") || t.lower().equals("but");
  }

  /**
   * Whether token {@code at} lies in what {@code cue} reports: after a "that" ("told reporters that
   * the council ..."), or right after a speech verb whose source comes first ("said Smith's comments
   * were ..."), so its subjects are not the subjects of a verb coordinated with the cue.
   */
  private static boolean insideReportedClause(List<Token> tokens, Cue cue, int at) {
    boolean reportsWhatFollows = cue.kind() == CueKind.SPEECH && !cue.sourceAfter() && cue.verbToken() < at
        && cue.source().span().end() <= tokens.get(cue.verbToken()).begin() && !subordinatorBetween(tokens, cue.verbToken(), at);
    return reportsWhatFollows || thatBetween(tokens, cue.verbToken(), at);
  }

  /** Words that open a clause of the reporter's own: "asked him to come after the challenger ...". */
  private static final Set<String> SUBORDINATORS =
      Set.of("after", "before", "when", "while", "because", "since", "as", "until", "although", "though", "but", "whereas");

  private static boolean subordinatorBetween(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (SUBORDINATORS.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean thatBetween(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).lower().equals("that")) {
        return true;
      }
    }
    return false;
  }
}
