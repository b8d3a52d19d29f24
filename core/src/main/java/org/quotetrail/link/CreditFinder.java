package org.quotetrail.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrail.model.Quotation;
import org.quotetrail.store.LinkArticle;

/**
 * Finds the outlets an article credits: "..., The Mirror reported", "according to Reuters",
 * "told Politics.co.uk", "the Callow Gazette reported". A credit right after a quotation, or in a
 * quotation's cue, is that quotation's; others are the article's. "told X" where X is the article's
 * own outlet is not a credit: it says who the speaker talked to.
 */
final class CreditFinder {
  /**
   * An outlet credited by an article.
   *
   * @param quotationId the quotation credited, or null when the credit is the article's
   * @param outlet the outlet's name as written, without a lower-case "the"
   * @param phrase the words that credit it
   */
  record Credit(Long quotationId, String outlet, String phrase) {}

  private static final Set<String> OUTLET_WORDS = WordList.load("outlet-words.txt");
  /** A capitalised name of up to five words; a full stop inside a word ("Politics.co.uk") but not after it. */
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\.[\\p{L}\\p{N}]+)*";
  private static final String NAME = "(" + WORD + "(?:[ \\t]+" + WORD + "){0,4})";
  private static final Pattern TRAILING_MARKS = Pattern.compile("[.'’-]+$");
  static final Pattern REPORTED = Pattern.compile("(?:\\bthe\\s+)?" + NAME + "\\s+(?:has\\s+|had\\s+)?(?:reported|reports|revealed)\\b");
  /** The verbs a {@link #REPORTED} credit ends with, found first: the name pattern tried at every capital was linking's costliest regular expression. */
  private static final Pattern REPORTING_VERB = Pattern.compile("\\b(?:reported|reports|revealed)\\b");
  /** How far before its verb a {@link #REPORTED} credit can start: "the", five words of a name and "has". */
  private static final int REPORTED_REACH = 300;
  static final Opening ACCORDING = new Opening("according to", Pattern.compile("\\baccording to\\s+(?:the\\s+)?" + NAME));
  static final Opening TOLD = new Opening("told", Pattern.compile("\\btold\\s+(?:the\\s+)?" + NAME));
  private static final Pattern DOMAIN = Pattern.compile("\\.(?:com|co\\.uk|org|net|uk|ie|au)\\b", Pattern.CASE_INSENSITIVE);
  /** How far after a quotation's end a credit may begin and still be the quotation's. */
  private static final int AFTER_QUOTE = 40;

  private CreditFinder() {}

  /** The outlet the article's own text names as itself: the one most often "told", if outlet-like. */
  static Optional<String> ownOutlet(String body) {
    Map<String, Integer> told = new HashMap<>();
    for (MatchResult m : TOLD.matches(body)) {
      String name = name(m);
      if (isOutlet(name)) {
        told.merge(name, 1, Integer::sum);
      }
    }
    return told.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  /** The credits in {@code article}, whose own outlet is {@code ownOutlet} (null when unknown). */
  static List<Credit> credits(LinkArticle article, String ownOutlet) {
    List<Credit> credits = new ArrayList<>();
    String body = article.body();
    List<MatchResult> found = new ArrayList<>(reportedCredits(body));
    found.addAll(ACCORDING.matches(body));
    found.addAll(TOLD.matches(body));
    for (MatchResult m : found) {
      String outlet = name(m);
      if (isOutlet(outlet) && !sameOutlet(outlet, ownOutlet) && !isSpeaker(outlet, article)) {
        credits.add(new Credit(quotationAt(article, m), outlet, TRAILING_MARKS.matcher(m.group()).replaceFirst("")));
      }
    }
    return credits;
  }

  /**
   * The matches of {@link #REPORTED} in {@code body}, the same as a scan of the whole body finds:
   * each is looked for only in the stretch before one of its verbs.
   */
  static List<MatchResult> reportedCredits(String body) {
    List<MatchResult> found = new ArrayList<>();
    Matcher verbs = REPORTING_VERB.matcher(body);
    Matcher credit = REPORTED.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    while (verbs.find()) {
      if (verbs.end() <= from) {
        continue;
      }
      credit.region(Math.max(from, verbs.start() - REPORTED_REACH), verbs.end());
      if (credit.find()) {
        found.add(credit.toMatchResult());
        from = credit.end();
      }
    }
    return found;
  }

  /**
   * A credit pattern that opens with fixed words, tried only where those words stand: a scan tries
   * a pattern that opens with a word boundary at every character of the body.
   */
  record Opening(String words, Pattern pattern) {
    /** The matches of {@code pattern} in {@code body}, the same as a scan of the whole body finds. */
    List<MatchResult> matches(String body) {
      List<MatchResult> found = new ArrayList<>();
      Matcher m = pattern.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
      for (int at = body.indexOf(words); at >= 0; at = body.indexOf(words, at + 1)) {
        if (m.region(at, body.length()).lookingAt()) {
          found.add(m.toMatchResult());
          at = m.end() - 1;
        }
      }
      return found;
    }
  }

  /** The outlet name a match of a credit pattern holds, without a full stop after it. */
  private static String name(MatchResult m) {
    return TRAILING_MARKS.matcher(m.group(1)).replaceFirst("");
  }

  /** Whether {@code name} looks like a news outlet's: a web domain, or a word outlets' names use. */
  static boolean isOutlet(String name) {
    if (DOMAIN.matcher(name).find()) {
      return true;
    }
    for (String word : name.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
      if (OUTLET_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two outlet names name one outlet: one's words are a run of the other's ("Courier", "Westmarch Courier"). */
  static boolean sameOutlet(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String ka = " " + Names.fold(Names.withoutArticle(a)) + " ";
    String kb = " " + Names.fold(Names.withoutArticle(b)) + " ";
    return ka.contains(kb) || kb.contains(ka);
  }

  private static boolean isSpeaker(String name, LinkArticle article) {
    return article.quotations().stream().anyMatch(q -> name.equals(q.quotation().speaker().name()));
  }

  private static Long quotationAt(LinkArticle article, MatchResult credit) {
    for (LinkArticle.Quote quote : article.quotations()) {
      Quotation q = quote.quotation();
      // A headline quotation's offsets index the title, not the body the credit was found in.
      boolean after = !q.inTitle() && q.end() <= credit.end() && credit.start() - q.end() <= AFTER_QUOTE && credit.start() >= q.begin();
      boolean inCue = q.cue() != null && q.cue().contains(credit.group().trim());
      if (after || inCue) {
        return quote.id();
      }
    }
    return null;
  }
}
