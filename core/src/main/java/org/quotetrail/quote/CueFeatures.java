package org.quotetrail.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;

/**
 * The features the learned cue model sees for one word: the word, its ending, the words around it
 * and what kind of word follows ("that", "to", an article). Shared by training and prediction, so
 * the model is always asked about the features it was trained on.
 */
public final class CueFeatures {
  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "his", "her", "their", "its", "this", "these", "those");
  private static final Set<String> PREPOSITIONS =
      Set.of("to", "for", "about", "on", "of", "in", "with", "as", "at", "by", "from", "into", "over", "against", "up", "out");
  private static final Set<String> WH = Set.of("whether", "how", "what", "why", "when", "where", "who", "if");
  private static final Set<String> AUXILIARIES =
      Set.of("has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "did", "does", "do", "not", "also",
          "is", "was", "are", "were", "to", "been", "be");

  private final Lexicon lexicon;

  public CueFeatures(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether token {@code i} may be a cue at all: a word outside quote marks, in lower case unless
   * it opens its sentence (headlines aside, reporting verbs are not capitalised).
   */
  public static boolean isCandidate(List<Token> tokens, int i, Sentence sentence, QuotedText quoted) {
    Token t = tokens.get(i);
    return t.isWord() && !Character.isDigit(t.text().charAt(0)) && !quoted.contains(t.begin())
        && (!t.isCapitalized() || i == sentence.firstToken());
  }

  /** The features of token {@code i} of {@code sentence}. */
  public List<String> of(List<Token> tokens, int i, Sentence sentence) {
    String w = tokens.get(i).lower();
    String prev = word(tokens, i - 1, sentence);
    String prev2 = word(tokens, i - 2, sentence);
    String next = word(tokens, i + 1, sentence);
    String next2 = word(tokens, i + 2, sentence);
    String prevKind = kind(tokens, i - 1, sentence);
    String nextKind = kind(tokens, i + 1, sentence);
    List<String> features = new ArrayList<>(18);
    features.add("w=" + w);
    features.add("sfx=" + w.substring(Math.max(0, w.length() - 3)));
    features.add("p=" + prev);
    features.add("pp=" + prev2);
    features.add("n=" + next);
    features.add("nn=" + next2);
    features.add("pw=" + prev + "_" + w);
    features.add("wn=" + w + "_" + next);
    features.add("pk=" + prevKind);
    features.add("nk=" + nextKind);
    features.add("pknk=" + prevKind + "_" + nextKind);
    features.add("wnk=" + w + "_" + nextKind);
    features.add("pkw=" + prevKind + "_" + w);
    features.add("pos=" + position(i, sentence));
    if (lexicon.speechVerb(w) != null) {
      features.add("lex=speech");
    } else if (lexicon.beliefVerb(w) != null) {
      features.add("lex=belief");
    }
    return features;
  }

  private static String word(List<Token> tokens, int i, Sentence sentence) {
    if (i < sentence.firstToken()) {
      return "<s>";
    }
    return i >= sentence.endToken() ? "</s>" : tokens.get(i).lower();
  }

  /** A coarse class of the token at {@code i}, standing in for a part of speech. */
  private String kind(List<Token> tokens, int i, Sentence sentence) {
    if (i < sentence.firstToken()) {
      return "start";
    }
    if (i >= sentence.endToken()) {
      return "end";
    }
    Token t = tokens.get(i);
    String w = t.lower();
    if (!t.isWord()) {
      return t.text().length() == 1 ? "punct" + t.text() : "punct";
    }
    if (w.equals("that")) {
      return "that";
    }
    if (ARTICLES.contains(w)) {
      return "det";
    }
    if (PREPOSITIONS.contains(w)) {
      return w.equals("to") ? "to" : "prep";
    }
    if (WH.contains(w)) {
      return "wh";
    }
    if (AUXILIARIES.contains(w)) {
      return "aux";
    }
    if (lexicon.pronoun(w) != null) {
      return "pron";
    }
    if (Character.isDigit(t.text().charAt(0))) {
      return "num";
    }
    return t.isCapitalized() && i != sentence.firstToken() ? "cap" : ending(w);
  }

  private static String ending(String w) {
    if (w.endsWith("ing")) {
      return "ing";
    }
    if (w.endsWith("ed")) {
      return "ed";
    }
    if (w.endsWith("ly")) {
      return "ly";
    }
    return w.endsWith("s") ? "s" : "word";
  }

  private static String position(int i, Sentence sentence) {
    if (i == sentence.firstToken()) {
      return "first";
    }
    return i >= sentence.endToken() - 2 ? "last" : "mid";
  }
}
