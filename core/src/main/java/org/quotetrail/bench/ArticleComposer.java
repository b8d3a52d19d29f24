package org.quotetrail.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes one invented news article as a scraper would leave it: headline, byline, date, paragraphs
 * of narrative and of direct, split, multi-paragraph, mixed, partial and reported speech, with page
 * furniture in between and an appeal at the foot. One composer writes one article.
 */
final class ArticleComposer {
  private final Random random;
  private final Cast cast;
  private final Marks marks;
  private final List<String> paragraphs = new ArrayList<>();
  private final Set<Cast.Person> introduced = new HashSet<>();
  private final Set<String> usedTemplates = new HashSet<>();
  private final String date;
  private Cast.Person lastSpeaker;
  // Whether the current speaker is the one just quoted, so a pronoun cannot point elsewhere.
  private boolean sameSpeaker;
  private int length;

  ArticleComposer(Random random) {
    this(random, Cast.draw(random), null);
  }

  /** A composer of an article of a story: its cast and date line ("3 May 2021") are the story's; null date for a random one. */
  ArticleComposer(Random random, Cast cast, String date) {
    this.random = random;
    this.cast = cast;
    this.date = date;
    this.marks = random.nextBoolean() ? Marks.STRAIGHT : Marks.CURLY;
  }

  /** The article's text; its body grows paragraph by paragraph until it reaches {@code targetChars}. */
  String compose(int targetChars) {
    add(capitalise(fill(fresh(Phrases.NARRATIVE))));
    while (length < targetChars) {
      addParagraph();
      if (random.nextInt(20) == 0) {
        paragraphs.add(random.nextBoolean() ? "Advertisement" : "Share this article");
      }
    }
    String separator = random.nextBoolean() ? "\n" : "\n\n";
    return String.join(separator, header()) + separator + String.join(separator, paragraphs)
        + separator + String.join(separator, footer()) + "\n";
  }

  private void addParagraph() {
    int roll = random.nextInt(100);
    if (roll < 14) {
      add(capitalise(fill(fresh(Phrases.NARRATIVE))));
      lastSpeaker = null; // a quote after narrative needs its own attribution
    } else if (roll < 30) {
      directAfter(speaker());
    } else if (roll < 42) {
      directBefore(speaker());
    } else if (roll < 52) {
      split(speaker());
    } else if (roll < 58) {
      multiParagraph(speaker());
    } else if (roll < 64 && lastSpeaker != null) {
      add(marks.quote(statements(1 + random.nextInt(2))));
    } else if (roll < 78) {
      indirect(speaker());
    } else if (roll < 86) {
      add(subject(speaker()) + " said " + fill(fresh(Phrases.MIXED_CLAUSES)) + ".");
    } else if (roll < 92) {
      add(subject(speaker()) + " " + fill(fresh(Phrases.PARTIALS)) + ".");
    } else {
      organisationSpeaks();
    }
  }

  /** "“...,” Surname said." or, at first mention, "“...,” said Full Name, role of Org." */
  private void directAfter(Cast.Person person) {
    String quote = marks.quote(withComma(statements(1 + random.nextInt(2))));
    String verb = pick(Vocabulary.SAID);
    if (introduced.add(person)) {
      add(quote + " " + verb + " " + person.fullName() + ", " + person.role() + " of " + person.organisation() + ".");
    } else {
      add(quote + " " + afterName(person) + " " + verb + ".");
    }
  }

  /** "Surname told reporters: “...”" */
  private void directBefore(Cast.Person person) {
    add(subject(person) + " " + pick(Vocabulary.TOLD) + ": " + marks.quote(statements(2)));
  }

  /** "“...,” she said. “...”" */
  private void split(Cast.Person person) {
    String first = marks.quote(withComma(statement()));
    add(first + " " + afterName(person) + " " + pick(Vocabulary.SAID) + ". " + marks.quote(statements(1 + random.nextInt(2))));
  }

  /** A quote over two or three paragraphs: each opens with a mark, only the last closes. */
  private void multiParagraph(Cast.Person person) {
    add(subject(person) + " " + pick(Vocabulary.TOLD) + ": " + marks.open() + statements(2));
    if (random.nextBoolean()) {
      add(marks.open() + statements(2));
    }
    add(marks.quote(statements(1 + random.nextInt(2))));
  }

  /** Reported speech without marks, with a person's name or "according to". */
  private void indirect(Cast.Person person) {
    String clause = fill(fresh(Phrases.CLAUSES));
    switch (random.nextInt(3)) {
      case 0 -> add(subject(person) + " said that " + clause + ".");
      case 1 -> add(subject(person) + " told " + cast.outlet() + " " + clause + ".");
      default -> add("According to " + name(person) + ", " + clause + ".");
    }
  }

  /** "A spokesperson for Org said ..." or "One source at Org said ...". */
  private void organisationSpeaks() {
    String org = pick(cast.organisations());
    String who = random.nextBoolean() ? "A spokesperson for " + org : "One source at " + org + ", who asked not to be named,";
    if (random.nextBoolean()) {
      add(who + " said " + fill(fresh(Phrases.CLAUSES)) + ".");
    } else {
      add(who + " said: " + marks.quote(statements(2)));
    }
    lastSpeaker = null;
  }

  private Cast.Person speaker() {
    Cast.Person next = lastSpeaker != null && random.nextInt(3) == 0 ? lastSpeaker : pick(cast.people());
    sameSpeaker = next == lastSpeaker;
    lastSpeaker = next;
    return next;
  }

  /** How a sentence names its speaker as subject: apposition first, then surname or pronoun. */
  private String subject(Cast.Person person) {
    if (introduced.add(person)) {
      return person.fullName() + ", the " + person.role() + " of " + person.organisation() + ",";
    }
    return capitalise(afterName(person));
  }

  /** The speaker after a quote: full name at first mention, then surname, or a pronoun when repeated. */
  private String afterName(Cast.Person person) {
    if (introduced.add(person)) {
      return person.fullName();
    }
    return sameSpeaker && random.nextBoolean() ? person.pronoun() : person.surname();
  }

  /** The speaker's name, never a pronoun: full name at first mention, then surname. */
  private String name(Cast.Person person) {
    return introduced.add(person) ? person.fullName() : person.surname();
  }

  private String statements(int count) {
    StringBuilder text = new StringBuilder(statement());
    for (int i = 1; i < count; i++) {
      text.append(' ').append(statement());
    }
    return text.toString();
  }

  private String statement() {
    return fill(fresh(Phrases.STATEMENTS));
  }

  private List<String> header() {
    String author = pick(Vocabulary.GIVEN_NAMES).name() + " " + pick(Vocabulary.SURNAMES);
    String date = this.date != null ? this.date : (1 + random.nextInt(28)) + " " + pick(Vocabulary.MONTHS) + " " + (2019 + random.nextInt(7));
    String headline = capitalise(fill(pick(Phrases.HEADLINES)));
    // Author boxes scrape as an "Avatar" image label above the name.
    return random.nextInt(4) == 0 ? List.of(headline, "Avatar", author, date) : List.of(headline, "By " + author, date);
  }

  private List<String> footer() {
    List<String> footer = new ArrayList<>();
    if (random.nextBoolean()) {
      footer.add("Share this article");
    }
    footer.add("More from " + cast.outlet());
    footer.add(pick(Phrases.APPEALS));
    footer.add("SUBSCRIBE TO OUR NEWSLETTER");
    return footer;
  }

  private String fill(String template) {
    String text = template;
    if (text.indexOf('{') >= 0) {
      text = text.replace("{subject}", cast.subject())
          .replace("{place}", cast.place())
          .replace("{org}", pick(cast.organisations()))
          .replace("{number}", String.valueOf(20 + random.nextInt(4980)))
          .replace("{month}", pick(Vocabulary.MONTHS))
          .replace("{day}", pick(Vocabulary.DAYS))
          .replace("{scare}", pick(Vocabulary.SCARE_WORDS))
          .replace("{letter}", String.valueOf((char) ('A' + random.nextInt(4))))
          .replace("{title}", pick(Phrases.TITLES).replace("{place}", cast.place()));
    }
    return marks.apply(text);
  }

  /** A template this article has not used yet, if a few tries find one: real articles rarely repeat a sentence. */
  private String fresh(List<String> templates) {
    String choice = pick(templates);
    for (int tries = 0; tries < 4 && !usedTemplates.add(choice); tries++) {
      choice = pick(templates);
    }
    return choice;
  }

  private void add(String paragraph) {
    paragraphs.add(paragraph);
    length += paragraph.length() + 1;
  }

  private <T> T pick(List<T> list) {
    return Cast.pick(random, list);
  }

  private static String withComma(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) + "," : sentence + ",";
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
