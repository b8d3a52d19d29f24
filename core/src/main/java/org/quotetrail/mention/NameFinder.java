package org.quotetrail.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;

/**
 * Finds proper names: runs of capitalised words ("Owen Smith", "Bank of England", "John F.
 * Kennedy"), with a leading title kept apart ("Mr Smith", "Senator Warren"). A capitalised word
 * that only ever appears at the start of a sentence is taken for an ordinary word.
 */
final class NameFinder {
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "de", "van", "von", "der", "al", "bin", "la", "le", "du", "da");

  private final Lexicon lexicon;

  NameFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A name found in the text: its token range, the tokens of the bare name, and a title if any. */
  record Found(int first, int end, int nameFirst, String name, String title) {}

  List<Found> find(List<Token> tokens, List<Sentence> sentences) {
    return find(tokens, sentences, Set.of());
  }

  /** Names, where {@code known} words (from the headline) also count as names at a sentence's start. */
  List<Found> find(List<Token> tokens, List<Sentence> sentences, Set<String> known) {
    Set<String> midSentence = capitalisedMidSentence(tokens, sentences);
    midSentence.addAll(known);
    List<Found> names = new ArrayList<>();
    for (Sentence sentence : sentences) {
      int i = sentence.firstToken();
      while (i < sentence.endToken()) {
        int end = nameEnd(tokens, i, sentence.endToken());
        if (end > i && acceptable(tokens, i, end, i == sentence.firstToken() || opensClause(tokens, i), midSentence)) {
          names.add(found(tokens, i, end));
          i = end;
        } else {
          i++;
        }
      }
    }
    return names;
  }

  private Found found(List<Token> tokens, int first, int end) {
    int nameFirst = first;
    String title = null;
    while (nameFirst < end - 1 && lexicon.title(tokens.get(nameFirst).text()) != null) {
      title = tokens.get(nameFirst).text();
      nameFirst++;
      if (nameFirst < end - 1 && tokens.get(nameFirst).text().equals(".")) {
        nameFirst++;
      }
    }
    // "House Minority Leader Karen Voss", "Historian Ada Brink": the words up to the last title or role
    // describe the office; the person's name begins at the given name after it
    for (int k = end - 2; k >= nameFirst; k--) {
      boolean office = lexicon.title(tokens.get(k).text()) != null || lexicon.isRoleNoun(tokens.get(k).text());
      if (office && lexicon.givenName(tokens.get(k + 1).text()) != null) {
        title = tokens.get(k).text();
        nameFirst = k + 1;
        break;
      }
    }
    StringBuilder name = new StringBuilder();
    for (int k = nameFirst; k < end; k++) {
      Token t = tokens.get(k);
      if (name.length() > 0 && !t.text().equals(".")) {
        name.append(' ');
      }
      name.append(k == end - 1 ? stripPossessive(t.text()) : t.text());
    }
    return new Found(first, end, nameFirst, name.toString(), title);
  }

  /** Index past the run of name words starting at {@code i}, or {@code i} when none starts there. */
  private int nameEnd(List<Token> tokens, int i, int limit) {
    if (!isNameWord(tokens.get(i))) {
      return i;
    }
    int end = i + 1;
    while (end < limit) {
      Token t = tokens.get(end);
      if (isNameWord(t) && !tokens.get(end - 1).text().endsWith("'s") && !tokens.get(end - 1).text().endsWith("\u2019s")) {
        end++;
      } else if (isInitialStop(tokens, end, limit) || isClosingStop(tokens, end, limit)) {
        end++;
      } else if (CONNECTORS.contains(t.text()) && end + 1 < limit && isNameWord(tokens.get(end + 1))
          && !lexicon.isNotName(tokens.get(end + 1).text()) && !onlyTitles(tokens, i, end)
          && !namesAPerson(tokens, i, end)) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * "Alan Briggs of Texas", "Ada Brink for Harbour Watch": a person's name, then where or whom they
   * are from; a given name in the run says it is a person's (organisations' names hold none).
   */
  private boolean namesAPerson(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (lexicon.givenName(tokens.get(k).text()) != null) {
        return true;
      }
    }
    return false;
  }

  /** "Chair of Smith's campaign" is a role and a name, not the name "Chair of Smith". */
  private boolean onlyTitles(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (lexicon.title(tokens.get(k).text()) == null) {
        return false;
      }
    }
    return true;
  }

  /** The full stop of an initial ("F." in "John F. Kennedy"). */
  private static boolean isInitialStop(List<Token> tokens, int i, int limit) {
    Token prev = tokens.get(i - 1);
    return tokens.get(i).text().equals(".") && prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0))
        && i + 1 < limit && tokens.get(i + 1).isCapitalized();
  }

  /**
   * The stop that ends a suffix or an acronym inside the sentence ("Joseph Biden Jr. said", "the
   * F.B.I. has said"), which the name takes in so that nothing stands between it and its verb.
   */
  private static boolean isClosingStop(List<Token> tokens, int i, int limit) {
    if (!tokens.get(i).text().equals(".") || i + 1 >= limit || tokens.get(i).begin() != tokens.get(i - 1).end()) {
      return false;
    }
    String prev = tokens.get(i - 1).text();
    boolean suffix = prev.equals("Jr") || prev.equals("Sr");
    boolean acronym = prev.length() >= 3 && prev.matches("(\\p{Lu}\\.)+\\p{Lu}");
    return suffix || acronym;
  }

  private static boolean isNameWord(Token t) {
    return t.isWord() && t.isCapitalized();
  }

  private boolean acceptable(List<Token> tokens, int first, int end, boolean sentenceStart, Set<String> midSentence) {
    Token head = tokens.get(first);
    if (lexicon.isNotName(head.text()) && lexicon.title(head.text()) == null) {
      return false;
    }
    if (end - first == 1 && lexicon.title(head.text()) != null && !head.text().equals(head.text().toUpperCase())) {
      return false; // a title alone ("Senator") is a role, not a name
    }
    if (sentenceStart) {
      // A capital at a sentence's start proves nothing: "Later Whitlock spoke" starts at "Whitlock".
      String word = stripPossessive(head.text());
      return midSentence.contains(word) || lexicon.givenName(word) != null || lexicon.title(word) != null
          || end - first > 1 && !isCommonOpener(word);
    }
    return true;
  }

  /** Adverbs and the like that open sentences: "Later", "Earlier", "Still". */
  private static boolean isCommonOpener(String word) {
    return word.endsWith("ly") || word.endsWith("er") && word.length() <= 7 || word.endsWith("ing");
  }

  /** Capitalised words seen somewhere other than the start of a sentence: names, not sentence openers. */
  private static Set<String> capitalisedMidSentence(List<Token> tokens, List<Sentence> sentences) {
    Set<String> words = new HashSet<>();
    for (Sentence s : sentences) {
      for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
        Token t = tokens.get(i);
        if (isNameWord(t) && !opensClause(tokens, i)) {
          words.add(stripPossessive(t.text()));
        }
      }
    }
    return words;
  }

  /** Whether the word follows an opening quote or a colon, where a capital says nothing. */
  private static boolean opensClause(List<Token> tokens, int i) {
    if (i == 0) {
      return true;
    }
    String prev = tokens.get(i - 1).text();
    return prev.equals("\"") || prev.equals("\u201c") || prev.equals(":") || prev.equals("\u2018") || prev.equals("(");
  }

  static String stripPossessive(String word) {
    if (word.endsWith("'s") || word.endsWith("\u2019s")) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }
}
