package org.quotetrail.eval.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well canonical speakers join people across articles, against gold person chains. A unit is
 * one canonical speaker quoted in one article, mapped to the gold person of that article whose
 * mentions name it (the same name, or the same last word of a name of several words). Every pair
 * of units of one canonical speaker in different articles is a merge; a merge is right when both
 * units map to the same gold person.
 *
 * @param units canonical speakers per article
 * @param mapped units mapped to a gold person
 * @param merges merges of two mapped units
 * @param rightMerges merges of one gold person
 * @param goldPairs pairs of mapped units in different articles that are one gold person
 */
public record SpeakerMergeScores(int units, int mapped, long merges, long rightMerges, long goldPairs) {
  /** The share of merges that are right (1 when there are none). */
  public double precision() {
    return merges == 0 ? 1 : (double) rightMerges / merges;
  }

  /** The share of gold pairs that were merged (1 when there are none). */
  public double recall() {
    return goldPairs == 0 ? 1 : (double) rightMerges / goldPairs;
  }

  /**
   * A canonical speaker quoted in an article.
   *
   * @param article the corpus's article id
   * @param speakerId the canonical speaker
   * @param name the name the article gives it
   */
  public record Unit(String article, long speakerId, String name) {}

  /** Scores {@code units} against {@code gold}. */
  public static SpeakerMergeScores of(List<Unit> units, PersonChains gold) {
    List<Unit> mappedUnits = new ArrayList<>();
    List<String> instances = new ArrayList<>();
    for (Unit u : units) {
      String instance = instance(u, gold.of(u.article()));
      if (instance != null) {
        mappedUnits.add(u);
        instances.add(instance);
      }
    }
    long merges = 0;
    long right = 0;
    long goldPairs = 0;
    for (int i = 0; i < mappedUnits.size(); i++) {
      for (int j = i + 1; j < mappedUnits.size(); j++) {
        if (mappedUnits.get(i).article().equals(mappedUnits.get(j).article())) {
          continue;
        }
        boolean merged = mappedUnits.get(i).speakerId() == mappedUnits.get(j).speakerId();
        boolean same = instances.get(i).equals(instances.get(j));
        merges += merged ? 1 : 0;
        right += merged && same ? 1 : 0;
        goldPairs += same ? 1 : 0;
      }
    }
    return new SpeakerMergeScores(units.size(), mappedUnits.size(), merges, right, goldPairs);
  }

  /** The gold person of the article whose mentions name the unit most often, or null. */
  private static String instance(Unit unit, List<PersonChains.Chain> chains) {
    String name = fold(unit.name());
    String last = lastWord(name);
    String best = null;
    int bestCount = 0;
    for (PersonChains.Chain chain : chains) {
      int count = 0;
      for (String mention : chain.mentions()) {
        String m = fold(mention);
        boolean names = m.equals(name) || (!m.isEmpty() && Character.isUpperCase(mention.strip().charAt(0))
            && (m.contains(" ") || name.contains(" ")) && lastWord(m).equals(last));
        count += names ? 1 : 0;
      }
      if (count > bestCount) {
        bestCount = count;
        best = chain.instance();
      }
    }
    return best;
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String lastWord(String folded) {
    return folded.substring(folded.lastIndexOf(' ') + 1);
  }
}
