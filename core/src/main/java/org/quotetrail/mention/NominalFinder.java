package org.quotetrail.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;

/**
 * Finds descriptions that can name a speaker: "a spokesperson for Momentum", "One source at
 * Momentum", "a Momentum spokesperson", "the Corbynista group", "the leadership challenger",
 * "officials".
 */
final class NominalFinder {
  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "one", "another", "two", "three", "several", "some", "many", "other", "senior", "his", "her", "their", "its");
  private static final Set<String> LINKS = Set.of("for", "at", "of", "from", "with", "close", "inside", "within", "to");
  /** Head nouns that refer back to an organisation: "the group said". */
  static final Set<String> ORG_HEADS =
      Set.of("group", "organisation", "organization", "faction", "campaign", "party", "council", "committee", "company",
          "firm", "movement", "union", "agency", "department", "ministry", "government", "administration", "club", "charity",
          "association", "board", "network", "outlet", "newspaper", "paper", "website", "coalition", "alliance", "team");

  private final Lexicon lexicon;

  NominalFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A description found in the text.
   *
   * @param first first token
   * @param end token past the last
   * @param head index of the head noun
   * @param role the role noun, or null for an organisation head ("the group")
   * @param organisationName index range [orgFirst, orgEnd) of a name inside the phrase, or -1
   */
  record Found(int first, int end, int head, String role, int orgFirst, int orgEnd, boolean orgHead, boolean plural) {}

  List<Found> find(List<Token> tokens, List<Sentence> sentences, List<NameFinder.Found> names) {
    List<Found> found = new ArrayList<>();
    for (Sentence s : sentences) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Token t = tokens.get(i);
        boolean role = lexicon.isRoleNoun(t.text()) && !t.isCapitalized() || isCapitalisedRole(tokens, i);
        boolean orgHead = !role && ORG_HEADS.contains(t.lower()) && !t.isCapitalized();
        if (!role && !orgHead) {
          continue;
        }
        int first = phraseStart(tokens, i, s.firstToken(), names);
        if (first == i && !isPluralRole(t) && !precededByName(tokens, i, names)) {
          continue; // a bare singular noun without determiner is rarely a speaker
        }
        int orgFirst = -1;
        int orgEnd = -1;
        int end = i + 1;
        NameFinder.Found before = nameEndingAt(names, i);
        if (before != null && before.first() >= first) {
          orgFirst = before.nameFirst();
          orgEnd = before.end();
        } else if (role && end + 1 < s.endToken() && LINKS.contains(tokens.get(end).lower())) {
          NameFinder.Found after = nameStartingAt(names, end + 1 + (tokens.get(end + 1).lower().equals("the") ? 1 : 0));
          if (after != null) {
            orgFirst = after.nameFirst();
            orgEnd = after.end();
            end = after.end();
          }
        }
        found.add(new Found(first, end, i, role ? singular(t.lower()) : null, orgFirst, orgEnd, orgHead, isPluralRole(t)));
      }
    }
    return found;
  }

  /** "Centrist MPs", "MPs": roles written in capitals that are not names. */
  private boolean isCapitalisedRole(List<Token> tokens, int i) {
    String text = tokens.get(i).text();
    return (text.equals("MPs") || text.equals("MP") || text.equals("CEO")) && lexicon.isRoleNoun(text);
  }

  private int phraseStart(List<Token> tokens, int head, int limit, List<NameFinder.Found> names) {
    int first = head;
    NameFinder.Found name = nameEndingAt(names, head);
    if (name != null) {
      first = name.first();
    }
    // Adjectives and determiners before the head: "a senior Momentum spokesperson", "the Corbynista group".
    int k = first - 1;
    while (k >= limit && k >= first - 3) {
      Token t = tokens.get(k);
      if (DETERMINERS.contains(t.lower())) {
        return k;
      }
      if (!t.isWord() || lexicon.speechVerb(t.text()) != null || LINKS.contains(t.lower())) {
        break;
      }
      k--;
    }
    if (first == head && head > limit && tokens.get(head - 1).isCapitalized() && tokens.get(head - 1).isWord()) {
      return head - 1; // "Centrist MPs", "Labour sources"
    }
    return first;
  }

  private static boolean precededByName(List<Token> tokens, int i, List<NameFinder.Found> names) {
    return nameEndingAt(names, i) != null;
  }

  private static NameFinder.Found nameEndingAt(List<NameFinder.Found> names, int token) {
    for (NameFinder.Found n : names) {
      if (n.end() == token) {
        return n;
      }
    }
    return null;
  }

  private static NameFinder.Found nameStartingAt(List<NameFinder.Found> names, int token) {
    for (NameFinder.Found n : names) {
      if (n.first() == token) {
        return n;
      }
    }
    return null;
  }

  private static boolean isPluralRole(Token t) {
    String w = t.lower();
    return !singular(w).equals(w);
  }

  private static String singular(String role) {
    if (role.endsWith("people")) {
      return role.replace("people", "person");
    }
    return role.endsWith("s") && !role.endsWith("ss") ? role.substring(0, role.length() - 1) : role;
  }
}
