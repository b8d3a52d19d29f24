package org.quotetrail.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Who and what one generated article is about: its outlet, place, subject, organisations and the
 * people who speak in it.
 */
record Cast(String outlet, String place, String subject, List<String> organisations, List<Person> people) {
  private static final int PEOPLE = 4;

  /**
   * One speaker.
   *
   * @param pronoun he, she or they, as the article refers to the person
   * @param role the person's role at {@code organisation}
   */
  record Person(String given, String surname, String pronoun, String role, String organisation) {
    String fullName() {
      return given + " " + surname;
    }
  }

  /** A cast drawn from the {@link Vocabulary}; the people have distinct surnames. */
  static Cast draw(Random random) {
    String place = pick(random, Vocabulary.PLACES);
    List<String> organisations = new ArrayList<>();
    while (organisations.size() < 3) {
      String org = pick(random, Vocabulary.PLACES) + " " + pick(random, Vocabulary.ORGANISATION_KINDS);
      if (!organisations.contains(org)) {
        organisations.add(org);
      }
    }
    List<Person> people = new ArrayList<>();
    List<String> surnames = new ArrayList<>();
    while (people.size() < PEOPLE) {
      String surname = pick(random, Vocabulary.SURNAMES);
      if (surnames.contains(surname)) {
        continue;
      }
      surnames.add(surname);
      Vocabulary.GivenName given = pick(random, Vocabulary.GIVEN_NAMES);
      people.add(new Person(given.name(), surname, given.pronoun(), pick(random, Vocabulary.ROLES), pick(random, organisations)));
    }
    return new Cast(pick(random, Vocabulary.OUTLETS), place, pick(random, Vocabulary.SUBJECTS), organisations, people);
  }

  /**
   * A cast for a story of several articles: as {@link #draw}, but its place, also the first word of
   * its organisations' names, is a name coined for the story, so that stories do not share it.
   */
  static Cast drawForStory(Random random) {
    Cast cast = draw(random);
    String place = coinedPlace(random);
    Map<String, String> renamed = new HashMap<>();
    for (String org : cast.organisations()) {
      String oldPlace = Vocabulary.PLACES.stream().filter(org::startsWith).max(Comparator.comparingInt(String::length)).orElseThrow();
      renamed.put(org, place + org.substring(oldPlace.length()));
    }
    List<Person> people = cast.people().stream()
        .map(p -> new Person(p.given(), p.surname(), p.pronoun(), p.role(), renamed.get(p.organisation())))
        .toList();
    return new Cast(cast.outlet(), place, cast.subject(), cast.organisations().stream().map(renamed::get).toList(), people);
  }

  private static final List<String> SYLLABLES = List.of("kel", "mor", "bra", "den", "ath", "wick", "tor", "ley", "rin",
      "vos", "tal", "bur", "quin", "shaw", "fen", "gar", "hol", "zan", "dre", "pel", "cor", "mun", "sar", "thel");
  private static final List<String> ENDINGS = List.of("by", "ford", "ham", "mouth", "stow", "wick", "combe", "ness");

  /** An invented place name: two syllables and an ending ("Kelvosford"). */
  static String coinedPlace(Random random) {
    String name = pick(random, SYLLABLES) + pick(random, SYLLABLES) + pick(random, ENDINGS);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
