package org.quotetrail.bench;

import java.util.ArrayList;
import java.util.List;
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

  static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
