package org.quotetrail.lexicon;

import java.util.List;

/** Regular English verb inflection: "suggest" -> suggests, suggested, suggesting. */
final class Inflection {
  private Inflection() {}

  /** Third person singular, past (and past participle) and gerund of a regular verb. */
  static List<String> regular(String lemma) {
    return List.of(thirdPerson(lemma), past(lemma), gerund(lemma));
  }

  static String thirdPerson(String v) {
    if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z") || v.endsWith("o")) {
      return v + "es";
    }
    if (consonantY(v)) {
      return v.substring(0, v.length() - 1) + "ies";
    }
    return v + "s";
  }

  static String past(String v) {
    if (v.endsWith("e")) {
      return v + "d";
    }
    if (consonantY(v)) {
      return v.substring(0, v.length() - 1) + "ied";
    }
    return v + "ed";
  }

  static String gerund(String v) {
    if (v.endsWith("e") && !v.endsWith("ee")) {
      return v.substring(0, v.length() - 1) + "ing";
    }
    return v + "ing";
  }

  private static boolean consonantY(String v) {
    return v.length() > 1 && v.endsWith("y") && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0;
  }
}
