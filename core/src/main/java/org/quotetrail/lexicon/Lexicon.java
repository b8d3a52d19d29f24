package org.quotetrail.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word lists the rule-based stages use: reporting verbs, given names, titles, role nouns,
 * organisation words and pronouns. Loaded once from resources; immutable and shared.
 */
public final class Lexicon {
  /** Gender (or number) that a name, title or pronoun implies. */
  public enum Gender {
    MALE,
    FEMALE,
    PLURAL,
    NEUTER,
    UNKNOWN
  }

  private static final Lexicon INSTANCE = load();

  private final Map<String, String> speechVerbForms;
  private final Map<String, String> beliefVerbForms;
  private final Map<String, Gender> givenNames;
  private final Map<String, Gender> titles;
  private final Map<String, Gender> pronouns;
  private final Set<String> roleNouns;
  private final Set<String> orgWords;
  private final Set<String> notNames;

  private Lexicon(Map<String, String> speech, Map<String, String> belief, Map<String, Gender> given,
      Map<String, Gender> titles, Map<String, Gender> pronouns, Set<String> roles, Set<String> orgs, Set<String> notNames) {
    this.speechVerbForms = Map.copyOf(speech);
    this.beliefVerbForms = Map.copyOf(belief);
    this.givenNames = Map.copyOf(given);
    this.titles = Map.copyOf(titles);
    this.pronouns = Map.copyOf(pronouns);
    this.roleNouns = Set.copyOf(roles);
    this.orgWords = Set.copyOf(orgs);
    this.notNames = Set.copyOf(notNames);
  }

  public static Lexicon english() {
    return INSTANCE;
  }

  /** The lemma of a reporting verb form ("told" -> "tell"), or null. */
  public String speechVerb(String word) {
    return speechVerbForms.get(word.toLowerCase(Locale.ROOT));
  }

  /** The lemma of a belief or intention verb form ("thinks" -> "think"), or null. */
  public String beliefVerb(String word) {
    return beliefVerbForms.get(word.toLowerCase(Locale.ROOT));
  }

  /** The gender a given name implies, or null when the word is not a known given name. */
  public Gender givenName(String word) {
    return givenNames.get(word.toLowerCase(Locale.ROOT));
  }

  /** The gender a title implies ("Mrs" female, "Senator" unknown), or null when not a title. */
  public Gender title(String word) {
    return titles.get(word.toLowerCase(Locale.ROOT));
  }

  /** The gender or number of a speaker pronoun, or null when {@code word} is not one. */
  public Gender pronoun(String word) {
    return pronouns.get(word.toLowerCase(Locale.ROOT));
  }

  private static final Pattern CONTRACTED = Pattern.compile("(he|she|they|we|i)['\u2019](s|re|ve|d|ll|m)");

  /** A subject pronoun with its verb contracted ("he’s", "they’ve") as the pronoun alone; other words as they are. */
  public static String withoutContraction(String lowerCaseWord) {
    if (lowerCaseWord.indexOf('\'') < 0 && lowerCaseWord.indexOf('\u2019') < 0) {
      return lowerCaseWord; // most words: no matcher needed
    }
    Matcher m = CONTRACTED.matcher(lowerCaseWord);
    return m.matches() ? m.group(1) : lowerCaseWord;
  }

  public boolean isRoleNoun(String word) {
    return roleNouns.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isOrgWord(String word) {
    return orgWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Capitalised words that do not start a name ("The", "However", "Monday"). */
  public boolean isNotName(String word) {
    return notNames.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Lexicon load() {
    return new Lexicon(
        verbForms(lines("speech-verbs.txt")),
        verbForms(lines("belief-verbs.txt")),
        gendered(lines("given-names.txt")),
        gendered(lines("titles.txt")),
        gendered(lines("pronouns.txt")),
        words(lines("role-nouns.txt")),
        words(lines("org-words.txt")),
        words(lines("not-names.txt")));
  }

  /** Maps every form of every verb to its lemma; regular forms are derived from the lemma. */
  static Map<String, String> verbForms(List<String> lines) {
    Map<String, String> forms = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split(":", 2);
      String lemma = parts[0].strip();
      forms.put(lemma, lemma);
      List<String> inflected = parts.length > 1 ? List.of(parts[1].strip().split("\\s+")) : Inflection.regular(lemma);
      for (String form : inflected) {
        forms.put(form, lemma);
      }
    }
    return forms;
  }

  private static Map<String, Gender> gendered(List<String> lines) {
    Map<String, Gender> map = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split(":", 2);
      Gender gender = switch (parts[0].strip()) {
        case "m" -> Gender.MALE;
        case "f" -> Gender.FEMALE;
        case "p" -> Gender.PLURAL;
        case "n" -> Gender.NEUTER;
        default -> Gender.UNKNOWN;
      };
      for (String word : parts[1].strip().split("\\s+")) {
        // A name listed under both genders ("chris") is of unknown gender.
        map.merge(word, gender, (a, b) -> a == b ? a : Gender.UNKNOWN);
      }
    }
    return map;
  }

  private static Set<String> words(List<String> lines) {
    Set<String> set = new HashSet<>();
    for (String line : lines) {
      set.addAll(List.of(line.strip().split("\\s+")));
    }
    return set;
  }

  private static List<String> lines(String resource) {
    InputStream in = Lexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("lexicon resource missing from the build: " + resource);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
    }
    return lines;
  }
}
