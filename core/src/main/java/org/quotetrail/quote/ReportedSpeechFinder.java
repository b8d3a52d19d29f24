package org.quotetrail.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.mention.MentionKind;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;
import org.quotetrail.text.Span;

/**
 * Finds the reported clause of each cue that has a source: "Smith suggested [that] CLAUSE",
 * "CLAUSE, a source said", "according to X, CLAUSE", "CLAUSE, according to X".
 */
final class ReportedSpeechFinder {
  /** Fewest words a reported clause must have: "it was wrong". */
  private static final int MIN_WORDS = 3;
  /** Fewest words before an attribution inside its clause that belong to what was said: not a lone "Perhaps, Lee said, ...". */
  private static final int MIN_OPENING_WORDS = 2;
  /** Fewest words of what a stance verb the model found reports. */
  private static final int MIN_STANCE_WORDS = 4;
  /** Pronouns that name the hearer of "told" or "asked": "..., the president told her." */
  private static final Set<String> HEARER_PRONOUNS = Set.of("him", "her", "them", "us", "me", "you");
  /** Marks after which a closing attribution has ended: a comma, a semicolon, a dash. */
  private static final Set<String> ENDS_ATTRIBUTION = Set.of(",", ";", "\u2014", "\u2013");

  /** Words that, before an amount, make it approximate rather than open a prepositional phrase: "about half". */
  private static final Set<String> ABOUT_WORDS = Set.of("about", "around", "over", "nearly", "almost", "roughly", "some", "under");
  /** Words that start an amount: "half", "a dozen", "six", "thousands". */
  private static final Set<String> AMOUNTS = Set.of("half", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "dozen", "dozens", "hundreds", "thousands", "millions", "twice");

  /** "at least six", "about half", "more than 40": a quantity opening the clause after a verb, not a preposition. */
  private static boolean opensQuantity(List<Token> tokens, int i, int limit) {
    if (i + 1 >= limit) {
      return false;
    }
    String w = tokens.get(i).lower();
    String next = tokens.get(i + 1).lower();
    boolean amount = AMOUNTS.contains(next) || Character.isDigit(next.charAt(0)) || next.startsWith("$");
    return w.equals("at") && (next.equals("least") || next.equals("most")) || ABOUT_WORDS.contains(w) && amount
        || (w.equals("more") || w.equals("fewer") || w.equals("less")) && next.equals("than");
  }

  /** A dash typed as two hyphens, which the tokenizer keeps apart: "reported on Tuesday -- a blow". */
  private static boolean isDoubleHyphen(List<Token> tokens, int k) {
    return tokens.get(k).text().equals("-") && k + 1 < tokens.size() && tokens.get(k + 1).text().equals("-")
        && tokens.get(k + 1).begin() == tokens.get(k).end();
  }

  /** Words after a closing cue that still end the sentence: "..., he said on Tuesday." */
  private static final Set<String> TRAILING =
      Set.of("on", "in", "at", "today", "yesterday", "tonight", "last", "this", "earlier", "later", "recently", "monday",
          "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "a", "an", "the", "statement", "interview",
          "week", "night", "morning", "evening", "afternoon", "month", "year", "told", "to", "reporters", "when", "after");

  /** Circumstance words that may also open the clause itself: "said this week that ...", "think this season will ...". */
  private static final Set<String> DEMONSTRATIVE_TIMES = Set.of("this", "last");

  /** Words between a cue and its clause that tell when or how something was said. */
  private static final Set<String> WHEN_AND_HOW = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "tonight", "recently", "repeatedly", "privately", "publicly", "again", "previously", "separately", "frequently",
      "often", "once", "twice", "flatly", "firmly", "bluntly", "openly", "plainly", "quietly", "loudly", "angrily", "proudly");

  /** Words that open when a closing attribution's words were said: "..., Lee said Tuesday in Paris". */
  static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "last", "recently", "earlier", "later", "yesterday", "today", "tonight");

  /** Words that open a circumstance rather than a reported clause. */
  static final Set<String> PREPOSITIONS =
      Set.of("at", "in", "on", "of", "during", "after", "before", "for", "with", "from", "to", "about", "by", "outside", "inside",
          "while", "when", "ahead", "earlier", "later", "last", "this", "yesterday", "today", "as");

  /**
   * What may follow a noun cue: "claim that ...", "call to ...", and for nouns the cue model found,
   * an object ("criticism of ..."); a listed speech noun with a preposition ("comments about X") names
   * a topic, not what was said.
   */
  private static boolean takesNounComplement(Cue cue, String next) {
    return next.equals("that") || next.equals("to") || cue.kind() == CueKind.STANCE && NOUN_OBJECTS.contains(next);
  }

  /**
   * Whether {@code other} is the verb of the infinitive that opens what {@code cue} reports, at {@code
   * opener}: "declined [to comment]". Only for speech cues: "appeared to suggest" is the suggestion's.
   */
  private static boolean isReportedInfinitive(Cue cue, Cue other, boolean infinitive, int opener) {
    return infinitive && cue.kind() == CueKind.SPEECH && other.verbToken() == opener + 1;
  }

  /** Where a noun cue's object ends: before the sentence's verb ("... of the plan was sharp") or a comma. */
  private static int objectEnd(List<Token> tokens, int from, int limit) {
    for (int k = from + 1; k < limit; k++) {
      String w = tokens.get(k).lower();
      if (w.equals(",") || w.equals(";") || SENTENCE_VERBS.contains(w)) {
        return k;
      }
    }
    return limit;
  }

  /** Whether the cue's source is a relative pronoun after a comma: "the trust, which says ...". */
  private static boolean isFencedRelative(List<Token> tokens, Cue cue) {
    String word = cue.source().text().toLowerCase(java.util.Locale.ROOT);
    int source = tokenAt(tokens, cue.source().span().begin());
    return (word.equals("who") || word.equals("which")) && source > 0 && tokens.get(source - 1).text().equals(",");
  }

  /** Subordinators that open a sentence with a clause of their own: "When Lee said ..., the board ...". */
  private static final Set<String> OPENING_SUBORDINATORS = Set.of("when", "although", "though", "while", "after", "before", "since",
      "because", "if", "once", "until", "whereas", "unless");

  /**
   * Where the clause a cue reports ends when the cue sits in a subordinate clause opening its
   * sentence ("When Lee said the fee was fair, the board ...", "Ever since she endorsed Lee, ..."):
   * at that clause's comma. Not when a comma comes between the subordinator and the cue, which then
   * belongs to the main clause ("Although the fee rose, Lee said ...").
   */
  private static int openingClauseEnd(List<Token> tokens, Sentence sentence, Cue cue, int from, int limit) {
    int first = sentence.firstToken();
    while (first < cue.verbToken() && (tokens.get(first).lower().equals("but") || tokens.get(first).lower().equals("and")
        || tokens.get(first).lower().equals("even") || tokens.get(first).lower().equals("ever"))) {
      first++;
    }
    if (first >= cue.verbToken() || !OPENING_SUBORDINATORS.contains(tokens.get(first).lower())) {
      return limit;
    }
    for (int k = first + 1; k < cue.verbToken(); k++) {
      if (tokens.get(k).text().equals(",")) {
        return limit;
      }
    }
    for (int k = from + 1; k + 1 < limit; k++) {
      if (tokens.get(k).text().equals(",")) {
        return k; // the main clause follows, not more of what was said
      }
    }
    return limit;
  }

  /** Where a relative clause ends: at the comma before its sentence's own verb ("..., which says X, has collected ...", "..., lost"). */
  private static int relativeClauseEnd(List<Token> tokens, int from, int limit) {
    for (int k = from + 1; k + 1 < limit; k++) {
      if (tokens.get(k).text().equals(",") && looksLikeVerb(tokens.get(k + 1))) {
        return k;
      }
    }
    return limit;
  }

  /** Words after a comma that do not take the sentence back to its own verb: articles, pronouns, conjunctions, prepositions. */
  private static final Set<String> NOT_VERBS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those",
      "and", "but", "or", "nor", "so", "yet", "who", "which", "whom", "whose", "where", "when", "while", "if", "as", "because", "although",
      "though", "in", "on", "at", "of", "for", "with", "by", "from", "to", "into", "after", "before", "since", "during", "including",
      "he", "she", "they", "it", "we", "i", "you", "there", "not", "then", "also", "according", "some", "many", "most", "all", "both");

  /**
   * Whether a word after a relative clause's comma may be the sentence's own verb ("Lee, who backs
   * the plan, lost his seat"): a lower-case word of an open class, not a participle or an adverb,
   * which would go on with the aside.
   */
  private static boolean looksLikeVerb(Token t) {
    String w = t.lower();
    return t.isWord() && !t.isCapitalized() && !Character.isDigit(w.charAt(0)) && !NOT_VERBS.contains(w) && !w.endsWith("ing")
        && !w.endsWith("ly");
  }

  /** Verbs that take over after a noun cue's object: "Smith's call for calm was ignored". */
  private static final Set<String> SENTENCE_VERBS =
      Set.of("is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "drew", "came", "comes", "won");

  /** Prepositions that take a noun cue's object: "call for", "criticism of", "remarks about". */
  private static final Set<String> NOUN_OBJECTS = Set.of("of", "for", "on", "about", "against", "toward", "towards", "with");

  /** Speech verbs whose prepositional object is what was said: "called for a ban", "warned of a crisis". */
  private static final Map<String, Set<String>> PREPOSITIONAL_OBJECTS = Map.ofEntries(
      Map.entry("call", Set.of("for", "on")),
      Map.entry("ask", Set.of("about", "for")),
      Map.entry("warn", Set.of("of", "about", "against")),
      Map.entry("argue", Set.of("for", "against")),
      Map.entry("complain", Set.of("about")),
      Map.entry("comment", Set.of("on", "about")),
      Map.entry("respond", Set.of("to")),
      Map.entry("reply", Set.of("to")),
      Map.entry("joke", Set.of("about")),
      Map.entry("tweet", Set.of("about")),
      Map.entry("testify", Set.of("about")),
      Map.entry("boast", Set.of("about", "of")),
      Map.entry("remark", Set.of("on", "upon")),
      Map.entry("write", Set.of("about", "of")),
      Map.entry("insist", Set.of("on")),
      Map.entry("agree", Set.of("with", "to", "on")),
      Map.entry("protest", Set.of("against")),
      Map.entry("speculate", Set.of("about", "on")),
      Map.entry("object", Set.of("to")),
      Map.entry("question", Set.of("about")));

  /** The token after an aside in dashes that opens at {@code i} and closes before {@code limit}, or {@code i}. */
  private static int pastDashedAside(List<Token> tokens, int i, int limit) {
    if (i >= limit || !SourceFinder.isDash(tokens.get(i).text())) {
      return i;
    }
    for (int k = i + 1; k + 1 < limit; k++) {
      if (SourceFinder.isDash(tokens.get(k).text())) {
        return k + 1;
      }
    }
    return i;
  }

  /**
   * Where a comma ends an object: before the source's next act ("..., calling him a liar") or the
   * sentence's own verb after a relative clause ("Fishermen, some of whom were wary of the plan, have
   * noticed"); else {@code limit}.
   */
  private static int clauseAfterComma(List<Token> tokens, int from, int limit) {
    for (int k = from + 1; k + 1 < limit; k++) {
      String next = tokens.get(k + 1).lower();
      if (tokens.get(k).text().equals(",") && (next.endsWith("ing") || SENTENCE_VERBS.contains(next))) {
        return k;
      }
    }
    return limit;
  }

  /** Whether a quote mark stands among tokens {@code from} to {@code limit}: a title or a quote, read on its own. */
  private static boolean holdsMark(List<Token> tokens, int from, int limit) {
    for (int k = from; k < limit; k++) {
      if (isOpenMark(tokens.get(k).text()) || tokens.get(k).text().equals("\u201d")) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions whose object is what an act or stance the model found is about: "pushed for", "railed against". */
  private static final Set<String> STANCE_OBJECTS =
      Set.of("for", "about", "against", "on", "of", "at", "over", "into", "toward", "towards");

  /**
   * Whether {@code content} is the object of a finite cue's own preposition: "did not respond to
   * interview requests", not "Responding to Smith's comments, ...", which names what an act answers.
   */
  private static boolean isPrepositionalObject(List<Token> tokens, Cue cue, Span content) {
    if (content == null) {
      return false;
    }
    int k = tokenAt(tokens, content.begin());
    return k > 0 && tokens.get(k - 1).begin() >= cue.span().end() && takesPrepositionalObject(cue, tokens.get(k - 1).lower())
        && !tokens.get(cue.verbToken()).lower().endsWith("ing");
  }

  private static boolean takesPrepositionalObject(Cue cue, String next) {
    return PREPOSITIONAL_OBJECTS.getOrDefault(cue.lemma(), Set.of()).contains(next);
  }

  /** Words that join one reported clause to the next speaker's. */
  private static final Set<String> JOINERS = Set.of(",", ";", "but", "and", "while", "whereas", "although", "though", "after", "before", "when", "because", "as", "since",
          "until", "if");

  /** Cues whose content may be an infinitive: "asked Smith to come", "declined to comment". */
  private static final Set<String> ASKING = Set.of("ask", "urge", "tell", "warn", "promise", "vow", "pledge", "threaten", "demand", "propose",
      "decline", "refuse", "agree");

  /** Listed verbs of a stance whose object, however short, is what the source stands for: "backed Lee", "opposed the plan". */
  private static final Set<String> STANCE_VERBS = Set.of("support", "back", "favor", "favour", "endorse", "oppose");

  /**
   * A reported clause and the cue that reports it; its parts are the clause, or its two halves when
   * the attribution stands inside it ("This campaign, he says, is different").
   */
  record Clause(Span content, Cue cue, List<Span> parts) {
    Clause(Span content, Cue cue) {
      this(content, cue, List.of(content));
    }
  }

  /**
   * The clauses {@code reporting} report, read with {@code cues} as the other cues of the article;
   * {@code said} are the marked quotes that an attribution right after them reports (not titles).
   */
  List<Clause> find(String body, List<Token> tokens, List<Sentence> sentences, List<Cue> reporting, List<Cue> cues,
      List<MarkedQuote> quotes, List<MarkedQuote> said) {
    List<Clause> clauses = new ArrayList<>();
    for (Cue cue : reporting) {
      Sentence sentence = sentences.get(cue.sentence());
      // A question put to someone, by an asker named ("Asked by a reporter whether ...") or not ("Asked whether ...").
      Span asked = question(body, tokens, sentence, cue, cues);
      if (asked != null) {
        if (!isWhollyQuoted(asked, quotes)) {
          clauses.add(new Clause(asked, cue));
        }
        continue;
      }
      if (!cue.hasSource()) {
        Span expected = expectation(body, tokens, sentence, cue, cues); // "The board is expected to approve ...": no holder
        if (expected != null && words(tokens, expected) >= MIN_WORDS && !isWhollyQuoted(expected, quotes)) {
          clauses.add(new Clause(expected, cue));
        }
        continue;
      }
      // A cue with its source first reports what follows ("Smith said that ..."), unless nothing
      // follows; a cue with its source after it closes the sentence ("..., said Smith"), except
      // "according to X, ..." which may open it.
      Span content;
      List<Span> parts = null;
      if (cue.lemma().equals("according to")) {
        content = accordingTo(body, tokens, sentence, cue);
      } else {
        content = cue.sourceAfter() ? null : after(body, tokens, sentence, cue, cues, quotes, said);
        if (content == null && isParenthetical(tokens, cue, sentence)) {
          // "The quay, Lee said on Tuesday, will reopen", "It is his job, he said, to talk to ...": the clause goes on
          // after the attribution's comma (not with a participle, the source's next act: "..., Lee said, adding ...")
          int comma = attributionComma(tokens, cue, sentence);
          if (!tokens.get(comma + 1).lower().endsWith("ing")) {
            content = trimmed(body, tokens.get(comma + 1).begin(), tokens.get(sentence.endToken() - 1).end());
          }
        }
        Span opening = content != null && isParenthetical(tokens, cue, sentence) ? before(body, tokens, sentence, cue, cues) : null;
        if (opening != null && words(tokens, opening) >= MIN_OPENING_WORDS) {
          parts = List.of(opening, content); // "This campaign, he says, is different": what was said runs around the attribution
          content = new Span(opening.begin(), content.end());
        } else if (content == null || words(tokens, content) < MIN_WORDS) {
          // "..., Lee said Monday.": a word or two after the cue is when, not what
          Span closing = before(body, tokens, sentence, cue, cues);
          content = closing != null ? closing : content;
        }
      }
      // "Smith's call for calm", "backed Lee", "declined to comment", "did not respond to interview requests": short contents that still say something;
      // but a stance verb the model found needs more to show it is one: its shorter contents ("dialed down
      // the rhetoric", "reflected on what") are right a third of the time (docs/evaluation.md)
      int fewest = cue.noun() || STANCE_VERBS.contains(cue.lemma()) ? 1
          : cue.kind() == CueKind.STANCE ? MIN_STANCE_WORDS
          : isInfinitive(tokens, content) || isPrepositionalObject(tokens, cue, content) ? 2 : MIN_WORDS;
      if (content != null && cue.kind() == CueKind.SPEECH && isAnswer(body, content)) {
        fewest = 1; // "46 percent of voters said yes"
      }
      if (content != null && words(tokens, content) >= fewest && !isWhollyQuoted(content, quotes) && !isAnonymity(body, content)) {
        clauses.add(parts == null ? new Clause(content, cue) : new Clause(content, cue, parts));
      }
    }
    return clauses;
  }

  /**
   * What an expectation with no holder expects: its sentence from the subject through the
   * infinitive ("The board is expected to approve the plan"), the leading "But" or "And" left out,
   * or from a relative pronoun ("..., who is expected to run"). None in a sentence where someone
   * is named saying or thinking something: that reading holds the words.
   */
  private static Span expectation(String body, List<Token> tokens, Sentence sentence, Cue cue, List<Cue> cues) {
    if (cue.kind() != CueKind.BELIEF || !CueFinder.isUnheld(tokens, cue.verbToken(), sentence, cue.lemma())) {
      return null;
    }
    for (Cue other : cues) {
      if (other.sentence() == cue.sentence() && other.hasSource()) {
        return null;
      }
    }
    int first = sentence.firstToken();
    for (int k = cue.verbToken() - 1; k > first; k--) {
      String w = tokens.get(k).lower();
      if (w.equals("who") || w.equals("which")) {
        first = k;
        break;
      }
    }
    while (first < cue.verbToken() && (tokens.get(first).lower().equals("but") || tokens.get(first).lower().equals("and")
        || !tokens.get(first).isWord() && !isOpenMark(tokens.get(first).text()))) {
      first++;
    }
    return trimmed(body, tokens.get(first).begin(), tokens.get(sentence.endToken() - 1).end());
  }

  /** Words that open the question put to a source: "asked whether ...", "asked about ...", "asked to respond". */
  private static final Set<String> QUESTION_OPENERS =
      Set.of("whether", "if", "about", "why", "what", "who", "whom", "how", "which", "where", "to");
  /** Most tokens between "asked" and its question word: "Asked on Fox News on Sunday whether ...". */
  private static final int QUESTION_REACH = 8;

  /**
   * The question put to someone: "Asked whether she would run, Lee said ...", "Asked by a reporter
   * about the loan, ...", "..., Lee said when asked about the loan." Only for "asked" opening its sentence or after "when";
   * from the question word to where the next named source's clause begins, or else, when the question
   * opens the sentence, to its first comma.
   */
  private static Span question(String body, List<Token> tokens, Sentence sentence, Cue cue, List<Cue> cues) {
    int asked = cue.verbToken();
    int first = sentence.firstToken();
    boolean passive = asked > first && CueFinder.PASSIVE.contains(tokens.get(asked - 1).lower()); // "Lee was asked whether ..."
    if (!tokens.get(asked).lower().equals("asked") || asked != first && !isWhenAsked(tokens, asked) && !passive) {
      return null;
    }
    int opener = -1;
    for (int k = asked + 1; k < sentence.endToken() && k <= asked + QUESTION_REACH && opener < 0; k++) {
      String w = tokens.get(k).lower();
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        return null;
      }
      opener = QUESTION_OPENERS.contains(w) ? k : -1;
    }
    if (opener < 0) {
      return null;
    }
    int end = sentence.endToken();
    for (Cue other : cues) {
      if (other.sentence() == cue.sentence() && other.hasSource() && other.verbToken() > opener) {
        int cut = clauseEndBefore(tokens, Math.min(other.source().span().begin(), other.span().begin()), opener);
        if (tokens.get(cut).text().equals(",")) {
          end = Math.min(end, cut); // the answer's clause after a comma; a cue inside the question is part of it
        }
      }
    }
    boolean opensSentence = asked == first || asked == first + 1;
    for (int k = opener + 1; opensSentence && end == sentence.endToken() && k < end; k++) {
      if (tokens.get(k).text().equals(",")) {
        end = k; // "Asked about the loan, the senator would only say ...": the answer's source went unread
      }
    }
    return trimmed(body, tokens.get(opener).begin(), tokens.get(end - 1).end());
  }

  /** "when asked": what follows is a question put to the source, not more of the sentence's own clause. */
  private static boolean isWhenAsked(List<Token> tokens, int k) {
    return tokens.get(k).lower().equals("asked") && tokens.get(k - 1).lower().equals("when");
  }

  /** "said yes", "said no": a one-word answer is what was said. */
  private static boolean isAnswer(String body, Span content) {
    String text = content.of(body).toLowerCase(java.util.Locale.ROOT);
    return text.equals("yes") || text.equals("no");
  }

  /** "who asked not to be named", "declined to be identified": a request for anonymity, not what was said. */
  private static boolean isAnonymity(String body, Span content) {
    String text = content.of(body);
    return text.equals("to be named") || text.equals("to be identified");
  }

  /** The clause after the cue: "said (that) CLAUSE", "according to X, CLAUSE". */
  private static Span after(String body, List<Token> tokens, Sentence sentence, Cue cue, List<Cue> cues, List<MarkedQuote> quotes,
      List<MarkedQuote> said) {
    int i = firstTokenAfter(tokens, cue.sourceAfter() ? cue.source().span().end() : cue.span().end());
    int limit = sentence.endToken();
    if (cue.sourceAfter() && (i >= limit || !tokens.get(i).text().equals(","))) {
      return null; // "according to X" must be fenced off by a comma to open the sentence
    }
    if (cue.noun() && (i >= limit || !takesNounComplement(cue, tokens.get(i).lower()))) {
      return null; // "In reply to Smith's remarks, a spokesperson said ...": the remarks report nothing here
    }
    if (i + 1 < limit && tokens.get(i).text().equals(",") && tokens.get(i + 1).lower().endsWith("ing") && closesAClause(tokens, cue, sentence)) {
      return null; // "..., Lee said, adding that ...": the participle is Lee's next act; what Lee said came before
    }
    i = pastDashedAside(tokens, i, limit); // "said — on Twitter, as it happens — that ..."
    boolean complementiser = false;
    while (i < limit && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals(":") || tokens.get(i).lower().equals("that"))) {
      complementiser |= tokens.get(i).lower().equals("that");
      i++;
    }
    if (i >= limit || !tokens.get(i).isWord() && !isOpenMark(tokens.get(i).text())) {
      return null;
    }
    if (!complementiser && TIME_WORDS.contains(tokens.get(i).lower()) && afterThat(tokens, i, limit) < 0
        && (closesAClause(tokens, cue, sentence) || followsQuote(tokens, cue, sentence, said))) {
      return null; // "“...,” Ryan said last week on CNN", "..., Lee said Tuesday in Paris, noting ...": when, not what
    }
    boolean toInfinitive = tokens.get(i).lower().equals("to") && takesInfinitive(cue);
    if (!complementiser && !cue.noun() && cue.kind() == CueKind.STANCE && STANCE_OBJECTS.contains(tokens.get(i).lower()) && i + 1 < limit
        && !holdsMark(tokens, i + 1, limit)) {
      i++; // "pushed for a public inquiry", "unloaded on Lee, calling him ...": the object, up to the next act
      limit = clauseAfterComma(tokens, i, limit);
      complementiser = true;
    } else if (!complementiser && !cue.noun() && takesPrepositionalObject(cue, tokens.get(i).lower()) && i + 1 < limit) {
      i++; // "called for a ban on ...", "asked about the loan": the object is what was said
      complementiser = true;
    } else if (!complementiser && cue.noun() && NOUN_OBJECTS.contains(tokens.get(i).lower()) && i + 1 < limit) {
      i++; // "Smith's criticism of the plan was sharp": the object, up to the sentence's own verb
      limit = objectEnd(tokens, i, limit);
      complementiser = true;
    } else if (!complementiser && WHEN_AND_HOW.contains(tokens.get(i).lower()) && i + 2 < limit) {
      // "said Tuesday that ...", "said privately that ...": the time or manner of saying, then what was said
      int clause = afterThat(tokens, i, limit);
      i = clause >= 0 ? clause : i;
      complementiser = clause >= 0;
    } else if (!complementiser && opensQuantity(tokens, i, limit)) {
      complementiser = true; // "reported at least six planes ...", "said about half of the ..."
    } else if (!complementiser && !toInfinitive && PREPOSITIONS.contains(tokens.get(i).lower())) {
      int clause = afterThat(tokens, i, limit); // "said in a statement that ...", "told ABC's show that ..."
      boolean timeOpensClause = DEMONSTRATIVE_TIMES.contains(tokens.get(i).lower())
          && words(tokens, new Span(tokens.get(i).begin(), tokens.get(limit - 1).end())) > 2;
      if (clause < 0 && !timeOpensClause) {
        clause = pronounAfterPhrase(tokens, i, limit); // "has said for weeks he is the only candidate", "said in politics it takes time"
      }
      if (clause < 0 && !timeOpensClause) {
        return null; // "backed last week": only a time, no clause
      }
      i = clause < 0 ? i : clause; // "think this season will be different": the clause's own subject
      complementiser = true;
    }
    String opener = tokens.get(i).lower();
    boolean infinitive = opener.equals("to") && takesInfinitive(cue);
    if (!complementiser && !infinitive && PREPOSITIONS.contains(opener)) {
      return null; // "he told reporters at an event": circumstance, not what was said
    }
    if (!complementiser && followsQuote(tokens, cue, sentence, said)) {
      return null; // "“...,” Smith told a meeting held in a church": the quote is what was said
    }
    int opening = openingClauseEnd(tokens, sentence, cue, cue.verbToken(), limit);
    if (opening < i) {
      return null; // "After Lee testified, the board ...": what follows the opening clause is the main clause's
    }
    int end = Math.min(opening, isFencedRelative(tokens, cue) ? relativeClauseEnd(tokens, i, limit) : limit);
    for (Cue other : cues) {
      if (other != cue && other.sentence() == cue.sentence() && other.verbToken() > i && other.hasSource()
          && !other.sourceAfter() && (other.kind() == CueKind.SPEECH || other.source().equals(cue.source()))) {
        // A stance or belief inside the clause ("told X the trust had offered to ...") is part of what was said,
        // unless it is the same source's next act ("decried the delays and highlighted her plans"), which ends
        // what the cue reports where it opens a coordinate clause, as a speech verb does.
        // The next speaker's words begin at their source ("... but the group insists"), or, for a
        // verb sharing this one's source ("... and said"), at the verb.
        int otherSource = tokenAt(tokens, other.source().span().begin());
        int participle = participleCut(tokens, other, i);
        if (participle >= 0) {
          end = Math.min(end, participle); // "said he would ask X, adding: ...": the next act of the same source
          continue;
        }
        if (otherSource == i || otherSource == i + 1 && isDeterminer(tokens.get(i).lower()) || isReportedInfinitive(cue, other, infinitive, i)) {
          continue; // "He said the FBI has not commented on ...", "declined to comment": the other cue is inside this clause
        }
        int at = other.source().span().begin() > tokens.get(i).begin() ? other.source().span().begin() : other.span().begin();
        if (tokenAt(tokens, at) > i + 1 && !opensCoordinateClause(tokens, tokenAt(tokens, at), i)) {
          continue; // "insisted his hand is strongest if he refuses to say": a report nested in what was said is part of it
        }
        end = Math.min(end, clauseEndBefore(tokens, at, i));
      }
    }
    return trimmed(body, tokens.get(i).begin(), tokens.get(end - 1).end());
  }

  /**
   * What "according to" attributes: the rest of the sentence after the source's comma when it
   * opens its clause ("According to a new poll, ...", "In addition, according to the department,
   * ...", "It went unnoticed: according to polls, ..."), else the clause before it ("..., according
   * to Reuters" or "... 39 percent according to a CBS poll").
   */
  private static Span accordingTo(String body, List<Token> tokens, Sentence sentence, Cue cue) {
    int according = tokenAt(tokens, cue.span().begin());
    int first = clauseStart(tokens, sentence.firstToken(), according);
    while (first < according && (tokens.get(first).lower().equals("but") || tokens.get(first).lower().equals("and")
        || tokens.get(first).text().equals(","))) {
      first++;
    }
    if (according == first) {
      for (int k = according + 2; k < sentence.endToken() - 1; k++) {
        if (tokens.get(k).text().equals(",")) {
          return trimmed(body, tokens.get(k + 1).begin(), tokens.get(sentence.endToken() - 1).end());
        }
      }
      return null;
    }
    return trimmed(body, tokens.get(first).begin(), tokens.get(according - 1).end());
  }

  /** Most words of an opener fenced off by a comma before "according to": "In addition", "Last year". */
  private static final int MAX_OPENER_WORDS = 3;

  /**
   * The first token of the clause that holds token {@code at}: after the last colon, semicolon or
   * opening bracket before it (dashes mostly fence an aside: "half is wrong — or unproven —
   * according to ..."), and past a short opener with its comma ("In addition, ").
   */
  private static int clauseStart(List<Token> tokens, int first, int at) {
    int start = first;
    int bracket = -1; // a bracket still open at the cue: "(According to ...)"; a closed one is part of the clause: "Rubio (R-Fla.), according to"
    for (int k = first; k < at; k++) {
      String s = tokens.get(k).text();
      if (s.equals(":") || s.equals(";")) {
        start = k + 1;
      } else if (s.equals("(")) {
        bracket = k + 1;
      } else if (s.equals(")")) {
        bracket = -1;
      }
    }
    start = Math.max(start, bracket);
    if (at - 1 > start && tokens.get(at - 1).text().equals(",") && at - 1 - start <= MAX_OPENER_WORDS) {
      return at;
    }
    return start;
  }

  /** The clause before a closing cue: "CLAUSE, X said." and "CLAUSE, said X." */
  private static Span before(String body, List<Token> tokens, Sentence sentence, Cue cue, List<Cue> cues) {
    int start = withTitle(tokens, tokenAt(tokens, Math.min(cue.span().begin(), cue.source().span().begin())), cue.source());
    if (start > sentence.firstToken() && isDeterminer(tokens.get(start - 1).lower()) && !hasSpeakerBefore(cues, cue, start)) {
      start--; // "..., the Gazette reported": the article belongs to the source, unless the clause is another's
    }
    // American style puts the comma inside a closing mark: 'The plan was "a mistake," Lee said.'
    int marks = closingMarksEndingAt(tokens, start - 1, sentence.firstToken());
    int opener = commaBefore(tokens, start - marks, sentence, marks > 0 || cue.noun() || cue.kind() == CueKind.STANCE ? 0 : MAX_MODIFIERS);
    if (opener < 0 && marks == 0 && !cue.noun() && cue.kind() == CueKind.SPEECH && cue.source().kind() == MentionKind.NAME) {
      // "..., harbour board chief executive Tom Vell said.", "..., the news site Harbour Watch reported." (unless the clause is another's)
      opener = roleBefore(tokens, start, sentence, !hasSpeakerBefore(cues, cue, start));
    }
    if (opener < 0) {
      return null;
    }
    // past the cue's own words, which hold the hearer of "told the Harbour Gazette"
    for (int k = Math.max(cue.verbToken() + 1, firstTokenAfter(tokens, cue.span().end())); k < sentence.endToken(); k++) {
      Token t = tokens.get(k);
      if ((ENDS_ATTRIBUTION.contains(t.text()) || isDoubleHyphen(tokens, k)) && !(cue.sourceAfter() && t.begin() < cue.source().span().end())) {
        break; // "..., Sanders said, a policy that ...", "..., analysts say; in 2012 ...", "... reported -- a ...": the attribution has ended
      }
      if (isWhenAsked(tokens, k)) {
        break; // "..., Lee said when asked about the loan": the question put to the source follows
      }
      if (SAYING.contains(cue.lemma()) && CIRCUMSTANCES.contains(t.lower()) && isCircumstanceToEnd(tokens, k, sentence, cues)) {
        break; // "..., Wilkin said during his speech to the delegates": where and when, not what
      }
      if (k == cue.verbToken() + 1 && HEARER_PRONOUNS.contains(t.lower()) && (cue.lemma().equals("tell") || cue.lemma().equals("ask"))) {
        continue; // "..., the president told her.": the hearer, whom the cue's words leave out
      }
      if (Character.isDigit(t.text().charAt(0)) && TRAILING.contains(tokens.get(k - 1).lower())) {
        continue; // "..., Politico reported in 2014."
      }
      if (t.isWord() && !TRAILING.contains(t.lower()) && !(cue.sourceAfter() && t.begin() < cue.source().span().end())) {
        return null; // the sentence goes on: this is not a closing attribution
      }
    }
    int first = sentence.firstToken();
    if (tokens.get(first).lower().equals("but") || tokens.get(first).lower().equals("and")) {
      first++;
    }
    return trimmed(body, tokens.get(first).begin(), tokens.get(marks > 0 ? start - 1 : opener - 2).end());
  }

  /** Verbs whose closing attribution may end in a circumstance: "..., Lee said during his speech". */
  private static final Set<String> SAYING = Set.of("say", "tell", "add", "write", "note", "explain");
  /** Prepositions that open where, when or to whom something was said. */
  private static final Set<String> CIRCUMSTANCES = Set.of("during", "in", "at", "on", "after", "before", "from", "to", "with",
      "outside", "inside", "ahead", "following", "via", "through", "while", "over", "by");

  /**
   * Whether the sentence from token {@code from} to its end is a circumstance: no comma, no "that" and
   * no other cue in it ("during his speech to the delegates", "in an interview on Monday").
   */
  private static boolean isCircumstanceToEnd(List<Token> tokens, int from, Sentence sentence, List<Cue> cues) {
    for (int k = from; k < sentence.endToken(); k++) {
      String w = tokens.get(k).lower();
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("that") || isOpenMark(tokens.get(k).text())) {
        return false;
      }
    }
    for (Cue other : cues) {
      if (other.verbToken() >= from && other.verbToken() < sentence.endToken()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a source named with a title begins: "Gedrich" in "..., Ms. Gedrich said" begins at "Ms", which
   * the name mention leaves out; a title is a short capitalised word with its stop attached.
   */
  private static int withTitle(List<Token> tokens, int first, org.quotetrail.mention.Mention source) {
    if (source.kind() != org.quotetrail.mention.MentionKind.NAME || first < 2 || !tokens.get(first - 1).text().equals(".")) {
      return first;
    }
    Token title = tokens.get(first - 2);
    boolean attached = title.end() == tokens.get(first - 1).begin();
    return attached && title.isWord() && title.isCapitalized() && title.text().length() <= 4 ? first - 2 : first;
  }

  /** Whether the attribution ("Lee said", "said Lee") follows a comma, as one that closes the clause before it. */
  private static boolean closesAClause(List<Token> tokens, Cue cue, Sentence sentence) {
    int first = tokenAt(tokens, Math.min(cue.span().begin(), cue.source().span().begin()));
    if (first - 1 > sentence.firstToken() && isDeterminer(tokens.get(first - 1).lower())) {
      first--; // "..., the Post reported, citing ..."
    }
    return first > sentence.firstToken() && tokens.get(first - 1).text().equals(",");
  }

  /** Whether the attribution ("he says") is set off by commas on both sides, inside the clause it reports; never "..., said Lee". */
  private static boolean isParenthetical(List<Token> tokens, Cue cue, Sentence sentence) {
    return !cue.sourceAfter() && closesAClause(tokens, cue, sentence) && attributionComma(tokens, cue, sentence) >= 0;
  }

  /** The comma that ends an attribution, past when it was said ("he said on Tuesday,"), with words after it; -1 if none. */
  private static int attributionComma(List<Token> tokens, Cue cue, Sentence sentence) {
    int k = firstTokenAfter(tokens, Math.max(cue.span().end(), cue.source().span().end()));
    while (k < sentence.endToken() && (TRAILING.contains(tokens.get(k).lower()) || Character.isDigit(tokens.get(k).text().charAt(0)))) {
      k++;
    }
    return k + 1 < sentence.endToken() && tokens.get(k).text().equals(",") ? k : -1;
  }

  /** Whether a cue with a source stands in {@code cue}'s sentence before token {@code at}: "Lee said X, the Gazette reported". */
  private static boolean hasSpeakerBefore(List<Cue> cues, Cue cue, int at) {
    return cues.stream().anyMatch(other -> other != cue && other.sentence() == cue.sentence() && other.hasSource() && other.verbToken() < at);
  }

  /** Most words a source mention may leave unnamed before it: "federal" in "..., federal officials said". */
  private static final int MAX_MODIFIERS = 2;

  /**
   * The token after the comma that fences off a closing attribution opening at {@code opener}, past
   * up to {@code modifiers} lower-case words the source mention left out ("..., federal officials
   * said"; none for nouns and stances, whose possessors and actors are whole); -1 if none.
   */
  private static int commaBefore(List<Token> tokens, int opener, Sentence sentence, int modifiers) {
    for (int k = opener; k > sentence.firstToken() + 1 && k >= opener - modifiers; k--) {
      if (tokens.get(k - 1).text().equals(",")) {
        return k;
      }
      String w = tokens.get(k - 1).lower();
      if (!tokens.get(k - 1).isWord() || tokens.get(k - 1).isCapitalized() || isDeterminer(w) || SourceFinder.BETWEEN.contains(w)) {
        return -1; // "..., the Gazette reported" names the Gazette alone (nested reports keep their own cue); "..., is the one"
      }
    }
    return -1;
  }

  private static final Set<String> CLAUSE_SUBJECTS = Set.of("he", "she", "they", "it", "we", "i", "there");

  private static final Set<String> TIME_NOUNS = Set.of("weeks", "months", "years", "days", "decades", "week", "month", "year",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "time", "while");

  /**
   * The subject pronoun that opens a clause right after a short prepositional phrase ("for weeks he
   * ...", "in politics it ..."), or -1; a time noun ends the phrase ("for weeks the board ..." opens none).
   */
  private static int pronounAfterPhrase(List<Token> tokens, int preposition, int limit) {
    for (int k = preposition + 1; k + 1 < limit && k <= preposition + 3 && !tokens.get(k).text().equals(","); k++) {
      boolean subject = CLAUSE_SUBJECTS.contains(Lexicon.withoutContraction(tokens.get(k + 1).lower()));
      if (subject || TIME_NOUNS.contains(tokens.get(k).lower())) {
        return subject ? k + 1 : -1;
      }
    }
    return -1;
  }

  /** Most words of a role before a name in a closing attribution: "Callow harbour board chief executive". */
  private static final int MAX_ROLE_WORDS = 6;

  /**
   * The token after the comma that fences off a closing attribution whose named source has its role
   * before it ("..., Harbour Trust spokesman Tom Vell said"): up to six words, capitalised or not,
   * none a determiner, an auxiliary or a verb of speech, except, when {@code article}, a determiner
   * right after the comma ("..., the news site Harbour Watch reported"); -1 if none.
   */
  private static int roleBefore(List<Token> tokens, int name, Sentence sentence, boolean article) {
    for (int k = name; k > sentence.firstToken() + 1 && k >= name - MAX_ROLE_WORDS; k--) {
      if (tokens.get(k - 1).text().equals(",")) {
        return k < name ? k : -1;
      }
      String w = tokens.get(k - 1).lower();
      if (article && isDeterminer(w) && k < name && k - 2 > sentence.firstToken() && tokens.get(k - 2).text().equals(",")) {
        return k - 1;
      }
      if (!tokens.get(k - 1).isWord() || isDeterminer(w) || SourceFinder.BETWEEN.contains(w) || JOINERS.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  /** Auxiliaries and adverbs left before a cut verb: "... and also said". */
  private static final Set<String> AUXILIARIES = Set.of("also", "has", "had", "have", "then", "later", "would", "will");

  private static boolean isDeterminer(String word) {
    return word.equals("the") || word.equals("a") || word.equals("an");
  }

  /** The token after a "that" within a few tokens of {@code from}, with no comma or stop before it; -1 if none. */
  private static int afterThat(List<Token> tokens, int from, int limit) {
    for (int k = from; k < limit && k < from + 12; k++) {
      String w = tokens.get(k).text();
      if (w.equals(",") || w.equals(".") || w.equals(";")) {
        return -1;
      }
      if (w.equalsIgnoreCase("that") && k + 1 < limit) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * Whether the attribution ("Smith told", "said Smith") comes right after the closing mark of a
   * quote; an apostrophe ending a possessive ("the Lees’ lawyer said") closes none.
   */
  private static boolean followsQuote(List<Token> tokens, Cue cue, Sentence sentence, List<MarkedQuote> quotes) {
    // a participle after its source's attribution ("“...,” Lee said, citing ...") is the next act, reporting its own object
    boolean nextAct = tokens.get(cue.verbToken()).lower().endsWith("ing") && cue.hasSource() && !cue.sourceAfter();
    int k = tokenAt(tokens, cue.hasSource() && !nextAct ? Math.min(cue.span().begin(), cue.source().span().begin()) : cue.span().begin()) - 1;
    if (k >= sentence.firstToken() && tokens.get(k).text().equals(",")) {
      k--;
    }
    int marks = closingMarksEndingAt(tokens, k, sentence.firstToken() - 1);
    if (marks == 0) {
      return false;
    }
    // a mark written as two apostrophes ('') is read by the finder as one apostrophe and a single mark
    int closeBegin = tokens.get(k - marks + 1).begin();
    int closeEnd = tokens.get(k).end();
    return quotes.stream().anyMatch(q -> q.outer().end() > closeBegin && q.outer().end() <= closeEnd);
  }

  /** How many tokens before {@code k} (inclusive, above {@code floor}) are one closing mark: ", '', and ’ one each, '' two. */
  private static int closingMarksEndingAt(List<Token> tokens, int k, int floor) {
    if (k <= floor) {
      return 0;
    }
    String s = tokens.get(k).text();
    if (k > 0 && s.equals("'") && tokens.get(k - 1).text().equals("'") && tokens.get(k - 1).end() == tokens.get(k).begin()) {
      return 2;
    }
    return isCloseMark(s) ? 1 : 0;
  }

  private static boolean isCloseMark(String s) {
    return s.equals("\"") || s.equals("\u201d") || s.equals("''") || s.equals("\u2019");
  }

  /** Cues whose content may be an infinitive: "asked Smith to come", "declined to comment". */
  private static boolean isInfinitive(List<Token> tokens, Span content) {
    return content != null && tokens.get(tokenAt(tokens, content.begin())).lower().equals("to");
  }

  private static boolean takesInfinitive(Cue cue) {
    return ASKING.contains(cue.lemma()) || cue.kind() != CueKind.SPEECH || cue.noun();
  }

  /** What joins a second report to the first as its own clause rather than inside it: "..., but the group insists". */
  private static final Set<String> COORDINATORS = Set.of(",", ";", ":", "but", "and", "while", "whereas", "although", "though",
      "\u2014", "after", "before", "when", "since", "until", "because", "as");

  /**
   * Whether the source (or verb) at {@code at} opens a clause of its own, after a coordinator or a
   * sentence-like full stop ("... in the U.S. He says"), rather than a clause nested in the one from
   * {@code from} ("that his hand is strongest if he refuses", "that Lee thinks").
   */
  private static boolean opensCoordinateClause(List<Token> tokens, int at, int from) {
    int k = at;
    while (k - 1 > from && (isDeterminer(tokens.get(k - 1).lower()) || AUXILIARIES.contains(tokens.get(k - 1).lower()))) {
      k--;
    }
    return k - 1 > from && (COORDINATORS.contains(tokens.get(k - 1).lower()) || tokens.get(k - 1).text().endsWith("."))
        && !closesOpeningAside(tokens, k - 1, from);
  }

  private static final Set<String> SUBORDINATORS = Set.of("if", "when", "while", "although", "though", "because", "as", "after",
      "before", "unless", "once", "since", "until", "whether");

  /**
   * Whether the comma at {@code comma} closes an aside that opens the clause at {@code from}: "said, if
   * elected, she would ...", "said that when asked, he would ...": the clause's own subject follows.
   */
  private static boolean closesOpeningAside(List<Token> tokens, int comma, int from) {
    if (!tokens.get(comma).text().equals(",") || !SUBORDINATORS.contains(tokens.get(from).lower())) {
      return false;
    }
    for (int c = from + 1; c < comma; c++) {
      if (!tokens.get(c).isWord()) {
        return false;
      }
    }
    return comma - from <= 6;
  }

  /**
   * Where the clause from {@code from} ends before a participle set off by a comma (", adding that
   * ...", ", saying ..."), or -1 if {@code other} is none: before the comma, or after a closing mark
   * that the comma stands inside ('as “fantastic,” telling reporters ...').
   */
  private static int participleCut(List<Token> tokens, Cue other, int from) {
    int verb = other.verbToken();
    if (!tokens.get(verb).lower().endsWith("ing")) {
      return -1;
    }
    if (verb - 1 > from + 1 && tokens.get(verb - 1).text().equals(",")) {
      return verb - 1;
    }
    boolean markedComma = verb - 2 > from + 1 && isCloseMark(tokens.get(verb - 1).text()) && tokens.get(verb - 2).text().equals(",");
    return markedComma ? verb : -1;
  }

  /** Where a clause ends when another speaker's cue follows: "X say ... but the group insists ...". */
  private static int clauseEndBefore(List<Token> tokens, int otherSource, int from) {
    int end = tokenAt(tokens, otherSource);
    while (end - 1 > from && (JOINERS.contains(tokens.get(end - 1).lower()) || isDeterminer(tokens.get(end - 1).lower())
        || AUXILIARIES.contains(tokens.get(end - 1).lower()))) {
      end--;
    }
    return end;
  }

  private static boolean isWhollyQuoted(Span content, List<MarkedQuote> quotes) {
    for (MarkedQuote q : quotes) {
      if (q.outer().contains(content) || content.contains(q.content()) && q.content().length() * 10 >= content.length() * 9) {
        return true;
      }
    }
    return false;
  }

  private static Span trimmed(String body, int begin, int end) {
    int b = begin;
    int e = end;
    // A closing bracket with no opening one inside ends an aside the clause sits in: "(According to Lee, ...)".
    while (e > b && (".,;:!?\u2014\u2013".indexOf(body.charAt(e - 1)) >= 0 || Character.isWhitespace(body.charAt(e - 1))
        || body.charAt(e - 1) == ')' && body.lastIndexOf('(', e - 1) < b)) {
      e--;
    }
    while (b < e && Character.isWhitespace(body.charAt(b))) {
      b++;
    }
    return e > b ? new Span(b, e) : null;
  }

  static int tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int firstTokenAfter(List<Token> tokens, int offset) {
    int t = tokenAt(tokens, offset);
    return t < tokens.size() && tokens.get(t).begin() < offset ? t + 1 : t;
  }

  private static boolean isOpenMark(String s) {
    return s.equals("\"") || s.equals("\u201c") || s.equals("'") || s.equals("\u2018");
  }

  static int words(List<Token> tokens, Span span) {
    int n = 0;
    for (int t = tokenAt(tokens, span.begin()); t < tokens.size() && tokens.get(t).end() <= span.end(); t++) {
      if (tokens.get(t).isWord()) {
        n++;
      }
    }
    return n;
  }
}
