package org.quotetrail.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.lexicon.Lexicon.Gender;
import org.quotetrail.model.SpeakerType;

/**
 * Groups the names of one article into entities ("Owen Smith", "Smith" and "Owen" are one person)
 * and decides each entity's type and gender from the evidence around its mentions.
 */
final class EntityResolver {
  private final Lexicon lexicon;
  private final List<Draft> drafts = new ArrayList<>();

  EntityResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** An entity while the article is being read: its evidence accumulates. */
  static final class Draft {
    final int id;
    String name;
    Gender gender = Gender.UNKNOWN;
    int personEvidence;
    int orgEvidence;
    int mentions;

    Draft(int id, String name) {
      this.id = id;
      this.name = name;
    }

    String[] words() {
      return name.split(" ");
    }

    String last() {
      String[] w = words();
      return w[w.length - 1];
    }

    SpeakerType type() {
      if (personEvidence > orgEvidence) {
        return SpeakerType.PERSON;
      }
      return orgEvidence > 0 ? SpeakerType.ORGANIZATION : SpeakerType.UNKNOWN;
    }

    boolean isPerson() {
      return type() == SpeakerType.PERSON;
    }
  }

  /** The entity a name refers to, created or merged as needed, with the title's evidence added. */
  Draft entityFor(String name, String title) {
    Draft draft = match(name);
    if (draft == null) {
      draft = new Draft(drafts.size(), name);
      drafts.add(draft);
      addNameEvidence(draft, name);
    } else if (name.split(" ").length > draft.words().length && name.endsWith(draft.last())) {
      draft.name = name; // "Smith" seen first, "Owen Smith" later: keep the fuller name
      addNameEvidence(draft, name);
    }
    draft.mentions++;
    if (title != null) {
      draft.personEvidence += 3;
      Gender g = lexicon.title(title);
      if (g == Gender.MALE || g == Gender.FEMALE) {
        draft.gender = g;
      }
    }
    return draft;
  }

  private Draft match(String name) {
    String[] words = name.split(" ");
    Draft byFirstName = null;
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft d = drafts.get(i);
      if (d.name.equalsIgnoreCase(name)) {
        return d;
      }
      String[] dw = d.words();
      if (words.length == 1 && dw.length > 1 && d.isPerson() && dw[dw.length - 1].equals(name)) {
        return d; // "Smith" after "Owen Smith": the most recent such person
      }
      if (words.length > 1 && dw.length == 1 && words[words.length - 1].equals(d.name) && d.orgEvidence == 0) {
        return d; // "Owen Smith" after a bare "Smith"
      }
      if (words.length == 1 && dw.length > 1 && d.isPerson() && dw[0].equals(name) && byFirstName == null) {
        byFirstName = d; // "Owen" for "Owen Smith"
      }
    }
    return byFirstName;
  }

  private void addNameEvidence(Draft d, String name) {
    String[] words = name.split(" ");
    Gender given = words.length > 1 ? lexicon.givenName(words[0]) : null;
    if (given != null && !lexicon.isOrgWord(words[words.length - 1])) {
      d.personEvidence += 2;
      if (d.gender == Gender.UNKNOWN) {
        d.gender = given;
      }
    }
    for (String w : words) {
      if (lexicon.isOrgWord(w)) {
        d.orgEvidence += 2;
      }
    }
    if (words.length == 1 && isAcronym(name)) {
      d.orgEvidence += 1;
    }
    if (words[0].equals("The") || name.contains(".co") || name.contains(".com")) {
      d.orgEvidence += 1;
    }
    if (words.length >= 2 && d.personEvidence == 0 && d.orgEvidence == 0 && allCapitalised(words)
        && !lexicon.isRoleNoun(words[words.length - 1])) {
      d.personEvidence += 1; // two or three capitalised words with no organisation word: most often a person
    }
  }

  private static boolean allCapitalised(String[] words) {
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.length() < 2) {
        return false;
      }
    }
    return words.length <= 3;
  }

  private static boolean isAcronym(String word) {
    return word.length() >= 2 && word.length() <= 6 && word.equals(word.toUpperCase(Locale.ROOT));
  }

  /** Records that {@code d} is described as an organisation ("a spokesperson for X", "X members"). */
  void organisationEvidence(Draft d) {
    d.orgEvidence += 2;
  }

  /** Records that {@code d} was referred to by a gendered pronoun. */
  void pronounEvidence(Draft d, Gender g) {
    if (g == Gender.MALE || g == Gender.FEMALE) {
      d.personEvidence += 1;
      if (d.gender == Gender.UNKNOWN) {
        d.gender = g;
      }
    }
  }

  /** The final entities, indexed by draft id. */
  List<Entity> entities() {
    List<Entity> entities = new ArrayList<>();
    for (Draft d : drafts) {
      entities.add(new Entity(d.id, d.name, d.type()));
    }
    return entities;
  }

  List<Draft> drafts() {
    return drafts;
  }
}
