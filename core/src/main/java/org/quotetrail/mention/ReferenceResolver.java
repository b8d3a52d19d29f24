package org.quotetrail.mention;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrail.lexicon.Lexicon.Gender;
import org.quotetrail.model.SpeakerType;

/**
 * Links pronouns ("he", "they") and descriptions ("the group", "a spokesperson", "the leadership
 * challenger") to the entity they refer to.
 *
 * <p>The nearest compatible name is often wrong in news ("Smith, who is trailing Corbyn, said he
 * ..."), so candidates are ranked as a reader would: within the sentence, grammatical subjects
 * first; then the previous sentences, each subject first and then left to right (after Hobbs).
 * Gender and number must agree; mentions inside quotations are never antecedents.
 */
final class ReferenceResolver {
  /** How many sentences back an antecedent may be. */
  private static final int WINDOW = 6;

  private final EntityResolver entities;

  ReferenceResolver(EntityResolver entities) {
    this.entities = entities;
  }

  /** Resolves every unresolved pronoun and description in {@code mentions}, in text order. */
  void resolve(List<Candidate> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      Candidate m = mentions.get(i);
      if (m.entity != null || m.inQuote) {
        continue;
      }
      if (m.kind == MentionKind.PRONOUN) {
        m.entity = antecedent(mentions, i, m);
        if (m.entity != null) {
          entities.pronounEvidence(m.entity, m.gender);
        }
      } else if (m.kind == MentionKind.NOMINAL) {
        EntityResolver.Draft named = m.role == null ? null : appositionName(mentions, i);
        m.entity = named != null ? named
            : m.orgReference || m.role == null || isGenericSource(m) ? organisationFor(mentions, i, m) : antecedent(mentions, i, m);
      }
    }
  }

  /** A description that names its organisation by a common noun: "the council's spokesperson", "the campaign's aides". */
  private static final Pattern COMMON_POSSESSOR = Pattern.compile("(?:[Tt]he |[Aa] )?(\\p{Ll}+)['\u2019]s ");
  /** The word before a description's head: "council" of "a senior council official". */
  private static final Pattern MODIFIER = Pattern.compile("(?:^|\\s)(\\p{Ll}+) \\S+$");

  /**
   * The common noun that names the organisation a description speaks for: a possessor ("the
   * council's spokesperson", "the firm's chief") or an organisation noun before the head ("a senior
   * council official", "party officials"); null for none ("a spokesperson", "a senior official").
   */
  private static String organisationNoun(String description) {
    Matcher possessor = COMMON_POSSESSOR.matcher(description);
    if (possessor.lookingAt()) {
      return possessor.group(1).toLowerCase(Locale.ROOT);
    }
    Matcher modifier = MODIFIER.matcher(description);
    return modifier.find() && NominalFinder.ORG_HEADS.contains(modifier.group(1)) ? modifier.group(1) : null;
  }

  /**
   * The person a role names by the name fenced after it: "The council's leader, Ruth Okafor, said"
   * (one token, the comma, between them); null when no name follows so.
   */
  private static EntityResolver.Draft appositionName(List<Candidate> mentions, int index) {
    Candidate role = mentions.get(index);
    if (index + 1 >= mentions.size()) {
      return null;
    }
    Candidate next = mentions.get(index + 1);
    boolean fenced = next.kind == MentionKind.NAME && next.entity != null && !next.inQuote && next.firstToken == role.endToken + 1
        && next.sentence == role.sentence;
    return fenced && next.entity.type() != SpeakerType.ORGANIZATION ? next.entity : null;
  }

  /** "a spokesperson", "sources": a voice of the organisation the article is about. */
  private static boolean isGenericSource(Candidate m) {
    return m.role.equals("spokesperson") || m.role.equals("spokesman") || m.role.equals("spokeswoman") || m.role.equals("source")
        || m.role.equals("official") || m.role.equals("representative") || m.role.equals("insider");
  }

  private EntityResolver.Draft antecedent(List<Candidate> mentions, int index, Candidate m) {
    Candidate self = mentions.get(index);
    int firstSentence = Math.max(0, self.sentence - WINDOW);
    for (int s = self.sentence; s >= firstSentence; s--) {
      EntityResolver.Draft found = bestIn(mentions, index, s, m);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The best antecedent in sentence {@code s} before mention {@code index}: subjects first, then in order. */
  private EntityResolver.Draft bestIn(List<Candidate> mentions, int index, int s, Candidate m) {
    EntityResolver.Draft other = null;
    for (int k = index - 1; k >= 0 && mentions.get(k).sentence >= s; k--) {
      Candidate c = mentions.get(k);
      if (c.sentence != s || c.inQuote || c.entity == null || !compatible(c, m)) {
        continue;
      }
      if (c.subject) {
        other = c.entity; // keep going left: the leftmost subject wins
      }
    }
    if (other != null) {
      return other;
    }
    for (int k = 0; k < index; k++) {
      Candidate c = mentions.get(k);
      if (c.sentence == s && !c.inQuote && c.entity != null && compatible(c, m)) {
        return c.entity;
      }
    }
    return null;
  }

  private static boolean compatible(Candidate antecedent, Candidate m) {
    EntityResolver.Draft e = antecedent.entity;
    SpeakerType type = e.type();
    Gender g = m.gender;
    if (m.kind == MentionKind.NOMINAL) {
      // "the leadership challenger": a person seen before; "analysts" are not one person
      return type == SpeakerType.PERSON && m.gender != Gender.PLURAL;
    }
    return switch (g) {
      case MALE, FEMALE -> type == SpeakerType.PERSON && (e.gender == g || e.gender == Gender.UNKNOWN)
          || type == SpeakerType.UNKNOWN && antecedent.kind == MentionKind.NAME && e.words().length > 1;
      case PLURAL -> type == SpeakerType.ORGANIZATION || antecedent.kind == MentionKind.NOMINAL
          || type == SpeakerType.UNKNOWN && e.words().length == 1;
      case NEUTER -> type == SpeakerType.ORGANIZATION;
      case UNKNOWN -> true;
    };
  }

  /**
   * The organisation a description refers to: the nearest organisation named as a subject in the
   * recent sentences, else the organisation mentioned most so far.
   */
  private EntityResolver.Draft organisationFor(List<Candidate> mentions, int index, Candidate m) {
    Candidate self = mentions.get(index);
    String noun = m.role == null ? null : organisationNoun(m.text);
    if (noun != null) {
      // "the council's spokesperson", "a senior council official" speak for the council: an organisation
      // so named, else none we know
      for (int k = index - 1; k >= 0; k--) {
        EntityResolver.Draft e = mentions.get(k).entity;
        if (e != null && couldBeOrganisation(e) && List.of(e.name.toLowerCase(Locale.ROOT).split(" ")).contains(noun)) {
          return e;
        }
      }
      return null;
    }
    for (int s = self.sentence; s >= Math.max(0, self.sentence - 2); s--) {
      for (int k = 0; k < index; k++) {
        Candidate c = mentions.get(k);
        if (c.sentence == s && !c.inQuote && c.entity != null && c.kind != MentionKind.PRONOUN && couldBeOrganisation(c.entity)) {
          // the subject, or the sentence's first mention ("Harbour Watch, the charity that ..., has accused")
          if (c.subject || s == self.sentence || k == 0 || mentions.get(k - 1).sentence != s) {
            return c.entity;
          }
        }
      }
    }
    EntityResolver.Draft best = null;
    for (EntityResolver.Draft d : entities.drafts()) {
      if (d.type() == SpeakerType.ORGANIZATION && (best == null || d.mentions > best.mentions)) {
        best = d;
      }
    }
    return best;
  }

  /** An organisation, a lone unknown name, or a "person" on no more evidence than capital letters ("Harbour Watch"). */
  private static boolean couldBeOrganisation(EntityResolver.Draft d) {
    return d.type() == SpeakerType.ORGANIZATION || d.type() == SpeakerType.UNKNOWN && d.words().length == 1
        || d.type() == SpeakerType.PERSON && d.personEvidence <= 1 && d.gender == Gender.UNKNOWN;
  }
}
