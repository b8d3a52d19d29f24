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

  /**
   * Whether the word is of an open class, which a cue's head always is: articles, prepositions,
   * auxiliaries, question words and pronouns never head a cue, and skipping them spares the model
   * nearly half of the words.
   */
  public static boolean isOpenClass(Token t, Lexicon lexicon) {
    String w = t.lower();
    return !ARTICLES.contains(w) && !PREPOSITIONS.contains(w) && !WH.contains(w) && !AUXILIARIES.contains(w)
        && !w.equals("that") && lexicon.pronoun(w) == null;
  }

  /** The kinds of feature, each with the prefix of its name ("w=said", "pw=she_said"). */
  public enum Template {
    WORD("w", false), SUFFIX("sfx", false), PREV("p", false), PREV2("pp", false), NEXT("n", false),
    NEXT2("nn", false), PREV_WORD("pw", true), WORD_NEXT("wn", true), PREV_KIND("pk", false),
    NEXT_KIND("nk", false), KINDS("pknk", true), WORD_NEXT_KIND("wnk", true), PREV_KIND_WORD("pkw", true),
    POSITION("pos", false), LEXICON("lex", false), STEM("st", false);

    private final String prefix;
    private final boolean pair;

    Template(String name, boolean pair) {
      this.prefix = name + "=";
      this.pair = pair;
    }

    /** Whether its features join two values ("pw=she_said"). */
    public boolean isPair() {
      return pair;
    }

    /** The name of the feature with this value: the prefix, then the value or both values joined by "_". */
    public String name(String value) {
      return prefix + value;
    }

    public String name(String first, String second) {
      return prefix + first + "_" + second;
    }

    /** The template whose features are named like {@code feature}, or null. */
    public static Template of(String feature) {
      int eq = feature.indexOf('=');
      for (Template t : values()) {
        if (eq + 1 == t.prefix.length() && feature.startsWith(t.prefix)) {
          return t;
        }
      }
      return null;
    }

    public String prefix() {
      return prefix;
    }
  }

  /** Receives a word's features as they are found, without building their names. */
  public interface Sink {
    void add(Template template, String value);

    void add(Template template, String first, String second);
  }

  /** The features of token {@code i} of {@code sentence}, by name (for training and reports). */
  public List<String> of(List<Token> tokens, int i, Sentence sentence) {
    List<String> features = new ArrayList<>(18);
    visit(tokens, i, sentence, new Sink() {
      @Override
      public void add(Template template, String value) {
        features.add(template.name(value));
      }

      @Override
      public void add(Template template, String first, String second) {
        features.add(template.name(first, second));
      }
    });
    return features;
  }

  /** Passes each feature of token {@code i} of {@code sentence} to {@code sink}. */
  public void visit(List<Token> tokens, int i, Sentence sentence, Sink sink) {
    String w = tokens.get(i).lower();
    String prev = word(tokens, i - 1, sentence);
    String next = word(tokens, i + 1, sentence);
    String prevKind = kind(tokens, i - 1, sentence);
    String nextKind = kind(tokens, i + 1, sentence);
    sink.add(Template.WORD, w);
    sink.add(Template.SUFFIX, w.substring(Math.max(0, w.length() - 3)));
    sink.add(Template.PREV, prev);
    sink.add(Template.PREV2, word(tokens, i - 2, sentence));
    sink.add(Template.NEXT, next);
    sink.add(Template.NEXT2, word(tokens, i + 2, sentence));
    sink.add(Template.PREV_WORD, prev, w);
    sink.add(Template.WORD_NEXT, w, next);
    sink.add(Template.PREV_KIND, prevKind);
    sink.add(Template.NEXT_KIND, nextKind);
    sink.add(Template.KINDS, prevKind, nextKind);
    sink.add(Template.WORD_NEXT_KIND, w, nextKind);
    sink.add(Template.PREV_KIND_WORD, prevKind, w);
    sink.add(Template.POSITION, position(i, sentence));
    sink.add(Template.STEM, stem(w)); // what "backs", "backed" and "backing" share, so that one form's evidence counts for the others
    if (lexicon.speechVerb(w) != null) {
      sink.add(Template.LEXICON, "speech");
    } else if (lexicon.beliefVerb(w) != null) {
      sink.add(Template.LEXICON, "belief");
    }
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

  /** The word without its inflection: "backs", "backed", "backing" are all "back". */
  static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ied")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - (w.endsWith("eed") ? 1 : 2));
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
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
