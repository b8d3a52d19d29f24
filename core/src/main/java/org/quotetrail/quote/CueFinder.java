package org.quotetrail.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.mention.Mention;
import org.quotetrail.mention.MentionKind;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;
import org.quotetrail.text.Span;

/**
 * Finds reporting cues and their sources: "Smith said", "said a spokesperson", "he told
 * reporters", "according to Reuters", "Kate Green, the chair of the campaign, wrote".
 */
final class CueFinder {
  /** Verbs that take a reporting verb as their infinitive: "appeared to suggest", "declined to say". */
  private static final Set<String> RAISING =
      Set.of("appeared", "appears", "seemed", "seems", "went", "continued", "continues", "tried", "wanted", "wants", "declined",
          "refused", "sought", "used", "began", "started", "had", "has", "have", "is", "was", "were", "are");
  /** Forms of "be" that make a participle passive: "has been called", "was told". */
  static final Set<String> PASSIVE = Set.of("is", "was", "were", "are", "been", "be", "being");

  /** Objects that are no hearer worth naming in the cue: "asking it to wait". */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "it", "us", "me", "you");

  /** Verbs whose object names the hearer: "told reporters", "asked the BBC". */
  private static final Set<String> HEARER_VERBS = Set.of("tell", "ask", "inform", "assure", "warn", "urge", "remind");
  /** Lemmas that are more often nouns or other verbs in their bare or -s form ("a state", "reports"). */
  private static final Set<String> NOUN_LIKE =
      Set.of("state", "report", "comment", "answer", "counter", "object", "note", "protest", "mention", "demand", "promise",
          "pledge", "estimate", "charge", "praise", "question", "signal", "claim", "respond", "reply", "vow", "concern", "stress",
          "caution", "quip", "joke", "tweet", "hint", "plead", "blast", "slam", "mock", "lament", "dispute", "cry", "shout",
          "support", "back", "plan", "favor", "favour", "hope", "fear", "doubt", "wish");

  private final Lexicon lexicon;
  private final CueModel model;
  private final CueFeatures features;
  private final SourcePhrase phrases;
  private final SourceFinder sources;

  CueFinder(Lexicon lexicon, CueModel model) {
    this.lexicon = lexicon;
    this.model = model;
    this.features = new CueFeatures(lexicon);
    this.phrases = new SourcePhrase(lexicon);
    this.sources = new SourceFinder(phrases);
  }

  /**
   * The cues of an article: those the word lists or the model accept, in order, and tentative ones,
   * words the model scored below its threshold but not far below.
   */
  record Cues(List<Cue> accepted, List<Tentative> tentative) {}

  /** A cue the model scored below its threshold, and the fewest words the clause it reports must have to count. */
  record Tentative(Cue cue, int fewestWords) {}

  /** A word the model scored below its threshold but high enough for a tentative cue. */
  private record BelowThreshold(int token, int sentence, int fewestWords) {}

  /**
   * The lowest model scores of tentative cues, and the fewest words their clause must have. A long
   * clause tells a reporting or stance verb from the rest: on half of PolNeAR train, scored by a
   * model fitted on the other half, these add quotations right about one time in two, while a
   * lower score or a shorter clause is right far less often (see docs/evaluation.md).
   */
  private static final double TENTATIVE_SCORE = 0.06;
  private static final int TENTATIVE_WORDS = 10;
  private static final double FAINT_SCORE = 0.02;
  private static final int FAINT_WORDS = 18;

  /** The cues of every sentence, in order; words inside quote marks are never cues. */
  Cues find(String body, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions, List<MarkedQuote> quotes) {
    QuotedText quoted = new QuotedText(quotes);
    MentionIndex index = new MentionIndex(mentions);
    List<Cue> cues = new ArrayList<>();
    List<BelowThreshold> below = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        Token t = tokens.get(i);
        if (quoted.contains(t.begin())) {
          continue;
        }
        int reportedBy = asReportedBy(tokens, i, sentence);
        if (reportedBy > 0) {
          // "As reported by the Gazette, ..." attributes as "according to" does
          Mention source = phrases.startingAt(body, tokens, reportedBy + 1, sentence.endToken(), index);
          Span words = new Span(t.begin(), tokens.get(reportedBy).end());
          cues.add(new Cue(words, words.of(body), "according to", s, reportedBy, source, true, CueKind.SPEECH));
          i = reportedBy; // past "reported", which would be a cue of its own
          continue;
        }
        if (t.lower().equals("according") && i + 1 < sentence.endToken() && tokens.get(i + 1).lower().equals("to")) {
          Mention source = phrases.startingAt(body, tokens, i + 2, sentence.endToken(), index);
          cues.add(new Cue(new Span(t.begin(), tokens.get(i + 1).end()), "according to", "according to", s, i + 1, source, true, CueKind.SPEECH));
          continue;
        }
        if (t.text().equals(":") && i > sentence.firstToken()) {
          Mention speaker = SourceFinder.beforeColon(tokens, index, i, sentence);
          if (speaker != null) {
            cues.add(new Cue(new Span(t.begin(), t.end()), ":", ":", s, i, speaker, false, CueKind.SPEECH));
          }
          continue;
        }
        Cue cue = verbCue(body, tokens, i, s, sentence, mentions, index, cues, below);
        if (cue != null) {
          cues.add(cue);
        }
      }
    }
    List<Tentative> tentative = new ArrayList<>();
    for (BelowThreshold word : below) {
      // read again once the accepted cues are known, taking the word as the model's cue
      Cue cue = verbCue(body, tokens, word.token(), word.sentence(), sentences.get(word.sentence()), mentions, index, cues, null);
      if (cue != null && cue.hasSource() && !isModifier(tokens, cue) && !isNeverVerb(tokens.get(word.token()))) {
        tentative.add(new Tentative(cue.asTentative(), word.fewestWords()));
      }
    }
    return new Cues(cues, tentative);
  }

  /** Prepositions and adverbs the model's word lists leave open, which never head a cue: "like", "off", "again". */
  private static final Set<String> NEVER_VERBS = Set.of("like", "off", "after", "again", "among", "down", "behind", "around", "here",
      "through", "upon", "much", "only", "toward", "towards", "under", "later", "alone", "well", "often", "away", "ago", "yet");

  /**
   * Whether a word the model scored low is no verb at all, so no tentative cue: a closed-class word
   * or a number ("000" of "1,000"), which the model's context features can score up to a tentative
   * cue's threshold (on half of train scored by a model fitted on the other, right 14 times of 43).
   */
  private static boolean isNeverVerb(Token t) {
    return Character.isDigit(t.text().charAt(0)) || NEVER_VERBS.contains(t.lower());
  }

  /** The index of "by" in "as (first) reported by" starting at {@code i}, or -1. */
  private static int asReportedBy(List<Token> tokens, int i, Sentence sentence) {
    if (!tokens.get(i).lower().equals("as")) {
      return -1;
    }
    int k = i + 1;
    if (k < sentence.endToken() && (tokens.get(k).lower().equals("first") || tokens.get(k).lower().equals("previously"))) {
      k++;
    }
    boolean reported = k + 1 < sentence.endToken() && tokens.get(k).lower().equals("reported") && tokens.get(k + 1).lower().equals("by");
    return reported ? k + 1 : -1;
  }

  /**
   * Whether a tentative cue modifies a noun rather than telling what its source did: a participle
   * after a word ("The campaign group fighting the closure has hit back"), whose clause would run on
   * through the sentence's own verb, unlike one after a comma or an auxiliary ("..., claiming",
   * "was fighting"); or a noun after a lone article ("A project that ...").
   */
  private static boolean isModifier(List<Token> tokens, Cue cue) {
    int source = ReportedSpeechFinder.tokenAt(tokens, cue.source().span().begin());
    int sourceEnd = ReportedSpeechFinder.tokenAt(tokens, cue.source().span().end() - 1);
    Token before = tokens.get(Math.max(0, cue.verbToken() - 1));
    boolean participle = cue.verbToken() > 0 && tokens.get(cue.verbToken()).lower().endsWith("ing") && before.isWord()
        && !PROGRESSIVE.contains(before.lower()) && !before.lower().endsWith("ly");
    return participle || source == sourceEnd && NOUN_OPENERS.contains(tokens.get(source).lower());
  }

  /** Plural nouns that end neither in -s nor in -men ("Most fishermen support the ban"): "people", "children". */
  private static final Set<String> PLURAL_NOUNS = Set.of("people", "children", "police", "staff", "public");

  /** Whether a noun looks plural, so that a bare verb after it agrees with it ("voters support", not "a council report"). */
  private static boolean isPlural(String w) {
    return PLURAL_NOUNS.contains(w) || w.endsWith("men") || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
  }

  /** "he’s", "they’re", "I’m": a pronoun with a form of "be" (or, for "’s", "has") contracted onto it. */
  private static boolean isContractedBe(String word) {
    return !Lexicon.withoutContraction(word).equals(word) && (word.endsWith("s") || word.endsWith("re") || word.endsWith("m"));
  }

  /** Forms of "be" that make a participle a progressive verb: "is backing". */
  private static final Set<String> PROGRESSIVE_BE = Set.of("is", "was", "are", "were", "been", "am");

  /** Words before a participle that make it the clause's verb ("was fighting", "is still pushing"), not a modifier. */
  private static final Set<String> PROGRESSIVE = Set.of("is", "was", "are", "were", "be", "been", "am", "also", "still", "not", "now", "and");

  /** The cue whose verb is token {@code i}, with its source, or null when the token reports nothing. */
  private Cue verbCue(String body, List<Token> tokens, int i, int s, Sentence sentence, List<Mention> mentions,
      MentionIndex index, List<Cue> cues, List<BelowThreshold> below) {
    Token t = tokens.get(i);
    String speech = lexicon.speechVerb(t.lower());
    if (speech == null && takesThatClause(tokens, i, sentence)) {
      speech = t.lower(); // "officials acknowledged that ...": any finite verb before "that" reports
    }
    if (t.isCapitalized() && i != sentence.firstToken() || !t.isWord()) {
      return null;
    }
    String lemma = speech != null ? speech : lexicon.beliefVerb(t.lower());
    CueKind kind = speech != null ? CueKind.SPEECH : CueKind.BELIEF;
    if (lemma == null && CueFeatures.isOpenClass(t, lexicon)) {
      double p = below == null ? 1 : model.probability(features, tokens, i, sentence); // null: a tentative cue's second reading
      if (p >= model.threshold()) {
        lemma = t.lower();
        kind = CueKind.STANCE;
      } else if (p >= FAINT_SCORE) {
        below.add(new BelowThreshold(i, s, p >= TENTATIVE_SCORE ? TENTATIVE_WORDS : FAINT_WORDS));
      }
    }
    if (lemma == null || isNounAfterDeterminer(tokens, i, sentence) || isDelegateCount(tokens, i, sentence)) {
      return null;
    }
    if (i > sentence.firstToken() && isPossessive(tokens.get(i - 1).text())) {
      return possessorCue(body, tokens, i, s, lemma, kind, index); // "Smith's claim that ...", "Trump's call to ban ..."
    }
    // A participle ("issued a statement saying ...") belongs to the clause's subject, not the word before it.
    // ... except a progressive, which is its clause's verb: a belief's ("Tom Vell is backing Ada Brink"),
    // or any after a pronoun with "is" or "are" contracted onto it ("he’s predicting that ...")
    boolean participle = t.lower().endsWith("ing")
        && !(kind == CueKind.BELIEF && i > sentence.firstToken() && PROGRESSIVE_BE.contains(tokens.get(i - 1).lower()))
        && !(i > sentence.firstToken() && isContractedBe(tokens.get(i - 1).lower()));
    int verbAt = infinitiveHead(tokens, i, sentence.firstToken());
    if (verbAt == i && isExpectation(tokens, i, sentence, lemma)) {
      return unheldBelief(t, lemma, s, i); // "The board is expected to approve ...": no one is named to hold it
    }
    if (verbAt == i && lemma.equals("ask") && t.lower().equals("asked") && isPassive(tokens, verbAt, sentence.firstToken())) {
      // "Lee was asked whether ...": a question put to the subject; the asker, if named, after "by"
      Mention asker = isFollowedBy(tokens, i, sentence, "by") ? phrases.startingAt(body, tokens, i + 2, sentence.endToken(), index) : null;
      return new Cue(new Span(t.begin(), t.end()), t.text(), lemma, s, i, asker, asker != null, kind);
    }
    if (verbAt < 0 || isPassive(tokens, verbAt, sentence.firstToken())) {
      return null; // "to tell them" with no verb to carry it; "was told", "has been called": not the speaker's act
    }
    Mention before = participle ? null : sources.subject(tokens, index, verbAt, sentence.firstToken());
    if (before != null && before.kind() == MentionKind.NOMINAL && !opensNounPhrase(tokens, before)) {
      Mention phrase = sources.phraseBefore(body, tokens, index, verbAt, sentence);
      if (phrase != null && phrase.span().begin() < before.span().begin() && phrase.span().end() == before.span().end()) {
        before = phrase; // "In the poll, most residents backed ...": the whole noun phrase, not its last word
      }
    }
    Mention closing = null;
    if (before != null && verbAt == i && SourceFinder.isUnfencedBeforeComma(tokens, before, verbAt, sentence.firstToken())
        && invertible(tokens, i, sentence)) {
      // "... for his clout in Callow, said Ada Brink": the name after the verb is the source; the one before
      // its comma ends what was said (an apposition would be fenced: "the chair, Ada Brink, said")
      closing = sources.after(body, tokens, index, i, sentence);
      before = closing == null ? before : null;
    } else if (verbAt == i && lemma.equals("say") && !participle && isReachedBackOverComma(tokens, before, i, sentence)) {
      // "..., the race will be tight, said Dan Gerrow, director of ...": a name after "said" that ends the sentence
      // or opens an apposition is the source, not the mention the subject search reached back to over a clause
      Mention named = sources.after(body, tokens, index, i, sentence);
      if (named != null && named.kind() == MentionKind.NAME && endsAttribution(tokens, named, sentence)) {
        closing = named;
        before = null;
      }
    }
    boolean agreeing = isVerbBeforeClause(tokens, i, sentence, lemma);
    if (agreeing && before == null) {
      before = sources.phraseBefore(body, tokens, index, verbAt, sentence); // "the suit claims that ..."
    }
    // "a council report" is a compound noun; "the company did not respond", with an auxiliary between, is a verb
    boolean compound = before != null && isSingularDescription(before) && before.span().end() >= tokens.get(verbAt - 1).begin();
    if (!agreeing && isBareForm(t, lemma) && (compound || lemma.equals("state"))) {
      return null; // "a council report": a compound noun, not "a council" reporting; "Southern states" are places
    }
    if (isBareForm(t, lemma) && before == null && kind == CueKind.BELIEF) {
      before = SourceFinder.relativePronoun(tokens, index, verbAt, sentence.firstToken()); // "voters who support the wall"
    }
    if (isBareForm(t, lemma) && before == null && kind == CueKind.BELIEF && t.lower().equals(lemma)) {
      Mention phrase = sources.phraseBefore(body, tokens, index, verbAt, sentence);
      if (phrase != null && isPlural(tokens.get(ReportedSpeechFinder.tokenAt(tokens, phrase.span().end() - 1)).lower())) {
        before = phrase; // "Most fishermen support the ban", "About two-thirds of the voters support ..."
      }
    }
    if (isBareForm(t, lemma) && before == null) {
      return null; // noun-like forms need a known subject right before them
    }
    if (before == null && !participle && closing == null) {
      before = sources.phraseBefore(body, tokens, index, verbAt, sentence);
    }
    if (before == null && !participle && kind != CueKind.STANCE && !lemma.equals("seem") && !lemma.equals("appear")) {
      // "Lee, who said ...", but not a stance the model guessed ("Lee, who voted against the plan, ...") nor
      // the reporter's impression ("Lee, who appears to be trailing, ...")
      before = SourceFinder.relativePronoun(tokens, index, verbAt, sentence.firstToken());
    }
    // a belief's participle after a comma ("..., hoping to ...", "..., believing that ...") or a coordinated belief
    // ("rejected the plan and hoped ...") takes its clause's subject below
    boolean clauseSubject = participle && i > sentence.firstToken() + 1 && tokens.get(i - 1).text().equals(",")
        || before == null && SourceFinder.isCoordinated(tokens, verbAt, sentence.firstToken());
    if (kind == CueKind.BELIEF && !clauseSubject && (!isBeliefSubject(tokens, before, verbAt) || isFollowedBy(tokens, i, sentence, "as"))) {
      // "a genre known as", "the hacker known as": a name, not a belief; "The tensions lately seem to be
      // growing": the reporter's impression, held by no one named
      return verbAt == i && isImpression(tokens, i, sentence) ? unheldBelief(t, lemma, s, i) : null;
    }
    if (kind == CueKind.STANCE && before != null && !opensNounPhrase(tokens, before)) {
      return null; // "set out in a council report titled ...": no noun phrase, so no actor
    }
    if (before == null && (participle || SourceFinder.isCoordinated(tokens, verbAt, sentence.firstToken()))) {
      before = SourceFinder.clause(cues, s, tokens, mentions, i, sentence);
    }
    if (before == null && participle && opensSentence(tokens, i, sentence)) {
      before = sources.mainSubject(body, tokens, index, i, sentence); // "Noting that ..., Lee said": Lee is noting
    }
    Mention after = closing != null ? closing
        : before == null && !participle && invertible(tokens, i, sentence) ? sources.after(body, tokens, index, i, sentence)
        : null;
    if (before == null && after == null && lemma.equals("ask") && isFollowedBy(tokens, i, sentence, "by")) {
      after = phrases.startingAt(body, tokens, i + 2, sentence.endToken(), index); // "Asked by a reporter whether ...": the asker
    }
    int end = cueEnd(tokens, i, lemma, sentence.endToken(), index);
    Span span = new Span(t.begin(), tokens.get(end - 1).end());
    return new Cue(span, span.of(body), lemma, s, i, before != null ? before : after, before == null && after != null,
        kind);
  }

  /**
   * Whether the subject found for the verb at {@code i} stands before a comma that opens no relative
   * clause, further back than the comma right before the verb: "voters, candidates have more room ..., said".
   */
  private static boolean isReachedBackOverComma(List<Token> tokens, Mention subject, int i, Sentence sentence) {
    if (i < sentence.firstToken() + 2 || !tokens.get(i - 1).text().equals(",")) {
      return false;
    }
    if (subject == null) {
      return true; // no subject: the phrase before the comma would be taken next
    }
    if (subject.span().end() >= tokens.get(i - 2).begin()) {
      return false;
    }
    int k = ReportedSpeechFinder.tokenAt(tokens, subject.span().end() - 1) + 1;
    return !(tokens.get(k).text().equals(",") && tokens.get(k + 1).lower().startsWith("wh")); // "Lee, who ..., said"
  }

  /** Whether a source after its verb ends the sentence or opens an apposition ("said Dan Gerrow, director of ..."), not a relative clause. */
  private static boolean endsAttribution(List<Token> tokens, Mention source, Sentence sentence) {
    int next = ReportedSpeechFinder.tokenAt(tokens, source.span().end() - 1) + 1;
    return next >= sentence.endToken() || tokens.get(next).text().equals(".")
        || tokens.get(next).text().equals(",") && next + 1 < sentence.endToken() && !tokens.get(next + 1).lower().startsWith("wh");
  }

  /** Words before a participle that still let it open its sentence: "After meeting the board, Lee said". */
  private static final Set<String> PARTICIPLE_OPENERS = Set.of("after", "before", "while", "when", "by", "in", "upon", "despite", "but", "and");

  /** Whether the participle at {@code i} opens its sentence, alone or after a subordinator ("After meeting ..."). */
  private static boolean opensSentence(List<Token> tokens, int i, Sentence sentence) {
    return i == sentence.firstToken() || i == sentence.firstToken() + 1 && PARTICIPLE_OPENERS.contains(tokens.get(i - 1).lower());
  }

  /** A noun cue whose possessor is its source: "Smith's claim that ...", "the mayor's call for ..."; null without one. */
  private static Cue possessorCue(String body, List<Token> tokens, int i, int s, String lemma, CueKind kind, MentionIndex index) {
    Mention possessor = index.endingAt(tokens, i - 1);
    if (possessor == null) {
      return null;
    }
    Token t = tokens.get(i);
    return new Cue(new Span(t.begin(), t.end()), t.text(), lemma, s, i, possessor, false, kind, true);
  }

  /** Words that open a noun phrase naming an actor: "Critics", "the council", "many voters". */
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "some", "many", "most", "several", "all", "both", "his", "her", "their", "its", "our", "few",
          "other", "two", "three", "four", "five", "one");

  private static boolean opensNounPhrase(List<Token> tokens, Mention source) {
    Token first = tokens.get(ReportedSpeechFinder.tokenAt(tokens, source.span().begin()));
    return first.isCapitalized() || DETERMINERS.contains(first.lower()) || source.kind() != MentionKind.NOMINAL;
  }

  /** Words after which a word is a noun or an adjective: articles and possessive determiners. */
  private static final Set<String> NOUN_OPENERS =
      Set.of("the", "a", "an", "his", "its", "their", "our", "my", "your", "this", "these", "those", "every", "each", "no");

  /**
   * "the decline", "his proposed ban", "an estimated 200": a noun or an adjective, not a verb,
   * unless what it reports follows ("the idea that ...", "the agreement to ...", "a call for ...").
   */
  private static boolean isNounAfterDeterminer(List<Token> tokens, int i, Sentence sentence) {
    return i > sentence.firstToken() && NOUN_OPENERS.contains(tokens.get(i - 1).lower())
        && !isFollowedBy(tokens, i, sentence, "that") && !isFollowedBy(tokens, i, sentence, "to")
        && !isFollowedBy(tokens, i, sentence, "for");
  }

  /** "Lee has won 1,700 pledged delegates": an adjective of the delegates, no pledge. */
  private static boolean isDelegateCount(List<Token> tokens, int i, Sentence sentence) {
    String next = i + 1 < sentence.endToken() ? tokens.get(i + 1).lower() : "";
    return tokens.get(i).lower().endsWith("ed") && (next.equals("delegates") || next.equals("delegate") || next.equals("superdelegates"));
  }

  /**
   * A belief needs its subject right before it, past auxiliaries and adverbs ("many officials
   * believe", "Lee has long believed", "he would never back"), or a name with its apposition fenced
   * off ("Lee, the chair of the trust, thinks"), not a word further back ("the plan Lee's group would
   * back").
   */
  private boolean isBeliefSubject(List<Token> tokens, Mention subject, int verb) {
    int beforeVerb = verb - 1;
    while (beforeVerb > 0 && SourceFinder.isBetween(tokens, beforeVerb, 0) && !isImpressionOrPassive(tokens, beforeVerb, verb)) {
      beforeVerb--;
    }
    boolean adjacent = subject != null && subject.span().end() >= tokens.get(beforeVerb).begin();
    boolean fenced = subject != null && subject.kind() == MentionKind.NAME
        && tokens.get(beforeVerb).text().equals(",");
    return (adjacent || fenced) && opensNounPhrase(tokens, subject);
  }

  /**
   * Whether the word at {@code k} before a belief verb stops the search for its subject: anything
   * before "seem" or "appear", whose subject held no view ("The tensions lately seem to be growing"),
   * and a form of "be" before a participle, which is passive ("are thought to have been lost"), not
   * before a progressive ("is backing").
   */
  private boolean isImpressionOrPassive(List<Token> tokens, int k, int verb) {
    String lemma = lexicon.beliefVerb(tokens.get(verb).lower());
    return "seem".equals(lemma) || "appear".equals(lemma) || PASSIVE.contains(tokens.get(k).lower()) && !tokens.get(verb).lower().endsWith("ing");
  }

  private static boolean isFollowedBy(List<Token> tokens, int i, Sentence sentence, String word) {
    return i + 1 < sentence.endToken() && tokens.get(i + 1).lower().equals(word);
  }

  /** A past verb form ("acknowledged", "conceded") directly followed by "that". */
  private boolean takesThatClause(List<Token> tokens, int i, Sentence sentence) {
    Token t = tokens.get(i);
    if (i + 1 >= sentence.endToken() || !tokens.get(i + 1).lower().equals("that") || !t.isWord() || t.isCapitalized()) {
      return false;
    }
    String w = t.lower();
    // Only past forms: a plural noun ("homes that ...") cannot be told from a verb ending in -s without tags.
    return w.endsWith("ed") && w.length() > 4 && !NOT_REPORTING.contains(w) && lexicon.beliefVerb(w) == null;
  }

  /** Words ending like verbs before "that" that do not report anything. */
  private static final Set<String> NOT_REPORTING =
      Set.of("was", "has", "does", "is", "means", "needed", "needs", "ensured", "provided", "given", "assumed",
          "this", "thus", "unless", "perhaps", "months", "years", "days", "weeks", "times", "things", "ways", "happens",
          "happened", "mattered", "matters", "proved", "proves", "required", "requires", "guaranteed", "ensures", "meant");

  /**
   * The token that carries the verb: itself, or for an infinitive ("appeared to suggest") the
   * verb before "to"; -1 for an infinitive with nothing to carry it ("for him to tell").
   */
  private static int infinitiveHead(List<Token> tokens, int verb, int sentenceStart) {
    if (verb - 1 < sentenceStart || !tokens.get(verb - 1).lower().equals("to")) {
      return verb;
    }
    int k = verb - 2;
    return k >= sentenceStart && RAISING.contains(tokens.get(k).lower()) ? k : -1;
  }

  /** Adverbs that may stand between "is" and "expected": "is widely expected", "was not expected". */
  private static final Set<String> EXPECTATION_ADVERBS = Set.of("also", "not", "still", "now", "widely", "generally", "originally",
      "initially", "largely", "broadly", "n't");

  /** A belief cue with no source: an expectation or an impression that no one is named to hold. */
  private static Cue unheldBelief(Token t, String lemma, int s, int i) {
    return new Cue(new Span(t.begin(), t.end()), t.text(), lemma, s, i, null, false, CueKind.BELIEF);
  }

  /** Whether the belief cue at {@code verb} is held by no one named: an expectation or an impression. */
  static boolean isUnheld(List<Token> tokens, int verb, Sentence sentence, String lemma) {
    return isExpectation(tokens, verb, sentence, lemma) || isImpression(tokens, verb, sentence);
  }

  private static final Set<String> SEEM_FORMS = Set.of("seem", "seems", "seemed");
  private static final Set<String> APPEAR_FORMS = Set.of("appear", "appears", "appeared");

  /**
   * "X seems unlikely to ...", "X appeared to raise ...": how things look to the reporter. "appear"
   * only before an infinitive ("appeared on the radio" is no impression); neither in a relative
   * clause ("Lee, who appears to be trailing, ...", which describes Lee).
   */
  private static boolean isImpression(List<Token> tokens, int verb, Sentence sentence) {
    String w = tokens.get(verb).lower();
    if (verb == sentence.firstToken() || verb + 1 >= sentence.endToken() || SourceFinder.isRelativePronoun(tokens.get(verb - 1).lower())) {
      return false;
    }
    if (SEEM_FORMS.contains(w)) {
      return tokens.get(verb + 1).isWord();
    }
    return APPEAR_FORMS.contains(w) && tokens.get(verb + 1).lower().equals("to") && verb + 2 < sentence.endToken()
        && tokens.get(verb + 2).isWord() && !tokens.get(verb + 2).isCapitalized() && !NOUN_OPENERS.contains(tokens.get(verb + 2).lower())
        && !isArticle(tokens.get(verb + 2).lower());
  }

  /** Belief participles that, passive, hold a view no one is named to hold: "is expected to", "are thought to". */
  private static final Set<String> PASSIVE_BELIEFS = Set.of("expected", "thought", "believed");

  /** Belief participles that, passive and followed by "as", hold a view no one is named to hold: "is seen as", "was known as". */
  private static final Set<String> SEEN_AS = Set.of("seen", "known");

  /**
   * "is (widely) expected to ...", "are thought to ...", "is seen as ...": a passive belief with an
   * infinitive or "as" after it.
   */
  static boolean isExpectation(List<Token> tokens, int verb, Sentence sentence, String lemma) {
    boolean seenAs = SEEN_AS.contains(tokens.get(verb).lower()) && isFollowedBy(tokens, verb, sentence, "as");
    if (lemma == null || !seenAs && (!PASSIVE_BELIEFS.contains(tokens.get(verb).lower()) || !isFollowedBy(tokens, verb, sentence, "to"))) {
      return false;
    }
    int k = verb - 1;
    while (k >= sentence.firstToken() && EXPECTATION_ADVERBS.contains(tokens.get(k).lower())) {
      k--;
    }
    return k > sentence.firstToken() && PASSIVE.contains(tokens.get(k).lower()) && !tokens.get(k).lower().equals("being");
  }

  private static boolean isPassive(List<Token> tokens, int verb, int sentenceStart) {
    String w = tokens.get(verb).lower();
    boolean participleForm = w.endsWith("ed") || w.equals("told") || w.equals("said") || w.equals("written") || w.equals("seen");
    int k = verb - 1;
    while (k >= sentenceStart && (tokens.get(k).lower().equals("also") || tokens.get(k).lower().equals("not"))) {
      k--;
    }
    return participleForm && k >= sentenceStart && PASSIVE.contains(tokens.get(k).lower());
  }

  private static boolean isSingularDescription(Mention m) {
    String lower = m.text().toLowerCase(java.util.Locale.ROOT);
    return m.kind() == MentionKind.NOMINAL
        && (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the ") || lower.startsWith("one "));
  }

  private static boolean isArticle(String word) {
    return word.equals("the") || word.equals("a") || word.equals("an");
  }

  private static boolean isPossessive(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (!Lexicon.withoutContraction(lower).equals(lower)) {
      return false; // "he’s said" is "he has said"
    }
    return word.endsWith("'s") || word.endsWith("\u2019s") || word.endsWith("s'");
  }

  /** Words that open a clause or an object, after which an -s form is a verb: "claims that", "charges the". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "it", "we", "i", "there");

  /**
   * An -s form ("the suit claims that ...", "The candidate claims his ...") followed by what opens a
   * clause or an object: a verb agreeing with a singular subject, not a plural noun. Not "states",
   * whose plural noun takes a relative "that" ("the states that vote in March").
   */
  private static boolean isVerbBeforeClause(List<Token> tokens, int i, Sentence sentence, String lemma) {
    String w = tokens.get(i).lower();
    return !w.equals(lemma) && !lemma.equals("state") && w.endsWith("s") && i + 1 < sentence.endToken() && CLAUSE_OPENERS.contains(tokens.get(i + 1).lower())
        && i > sentence.firstToken() && !isPossessive(tokens.get(i - 1).text());
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

  /**
   * Whether the word at {@code k}, after a hearer mention, is the head noun of the hearer's phrase
   * ("told a council panel Wednesday", "told a Senate panel."): a lower-case word followed by the
   * sentence's end, a comma, a time or a preposition, not by the verb of a clause it would open.
   */
  private static boolean endsHearer(List<Token> tokens, int k, int limit) {
    if (k >= limit || !tokens.get(k).isWord() || !Character.isLowerCase(tokens.get(k).text().charAt(0))) {
      return false;
    }
    String word = tokens.get(k).lower();
    if (word.equals("that") || OBJECT_PRONOUNS.contains(word) || SourceFinder.LINK_WORDS.contains(word)
        || ReportedSpeechFinder.PREPOSITIONS.contains(word) || ReportedSpeechFinder.TIME_WORDS.contains(word)) {
      return false;
    }
    if (k + 1 >= limit) {
      return true;
    }
    String next = tokens.get(k + 1).lower();
    return next.equals(".") || next.equals(",") || next.equals(";") || ReportedSpeechFinder.TIME_WORDS.contains(next)
        || ReportedSpeechFinder.PREPOSITIONS.contains(next);
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
    if (hearer != null && hearer.kind() == org.quotetrail.mention.MentionKind.PRONOUN) {
      return end; // "asking it to wait": the pronoun is no hearer worth naming
    }
    if (hearer != null) {
      while (end < limit && tokens.get(end).end() <= hearer.span().end()) {
        end++;
      }
      return endsHearer(tokens, end, limit) ? end + 1 : end;
    }
    if (article) {
      // "told a cabinet meeting", "told the BBC": the hearer runs to "that", a comma or the clause's verb.
      int k = end + 1;
      while (k < limit && k <= end + 3 && tokens.get(k).isWord() && !tokens.get(k).lower().equals("that")
          && !SourceFinder.LINK_WORDS.contains(tokens.get(k).lower())) {
        k++;
      }
      return k;
    }
    Token next = tokens.get(end);
    if (next.isWord() && !next.lower().equals("that") && !OBJECT_PRONOUNS.contains(next.lower())
        && !SourceFinder.LINK_WORDS.contains(next.lower())) {
      return end + 1; // "told reporters", not "warned at" or "asked about"
    }
    return end;
  }
}
