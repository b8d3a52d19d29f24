package org.quotetrail.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What page furniture looks like, as text: the one idea of boilerplate that both the plain-text
 * and the HTML cleaners use. A block of text (a line, a paragraph, an element's text) is judged by
 * its words alone; the cleaners add what their format knows (position, markup, link density).
 */
public final class Boilerplate {
  private Boilerplate() {}

  /** How a block of text relates to the article around it. */
  public enum Verdict {
    /** Article text. */
    CONTENT,
    /** Furniture on its own: drop this block, keep reading. */
    FURNITURE,
    /** Furniture that ends the article: drop this block and everything after it. */
    END_OF_ARTICLE
  }

  // Lines that are furniture whatever surrounds them: widgets, labels, share bars, ads.
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "(?i)^(avatar|advertisement|advert|sponsored( content)?|share( this( article| story)?)?|"
              + "tweet|email|print|facebook|twitter|whatsapp|linkedin|copy link|comments?|"
              + "\\d+ comments?|show comments|read more|continue reading|click here.*|"
              + "(image|photo|picture)( copyright| credit)?:?.*|skip to (main )?content|"
              + "follow us.*|sign up.*|log ?in|register|menu|search|home|close|"
              + "(topics?|tags?|filed under):?.*|listen to this article.*|"
              + "we use cookies.*|accept( all)?( cookies)?|reuse this content)\\W*$");

  // Lines after which a scraped page holds no more article: related links, appeals, sign-ups; not a
  // podcast's plug ("Subscribe to our politics podcast here."), which news sites put mid-article.
  private static final Pattern END_LINE =
      Pattern.compile(
          "(?i)^(more from .{1,60}|related( articles| stories| posts| content)?:?|"
              + "(you )?(may|might) also like.*|recommended( for you)?|most (read|popular).*|"
              + "donate( here| now| today)?|support (us|our journalism).*|"
              + "subscribe( to| now| today)(?!.*\\bpodcast\\b).*|sign up (to|for) our.*newsletter.*|"
              + "(about|more about) the author.*|leave a (comment|reply)|"
              + "(share|join) the conversation|trending( now)?|"
              // the same lines in other languages news is written in
              + "(você|voce) (pode|também) gostar.*|veja também|leia (também|mais)|lesen sie (auch|mehr)|"
              + "(das|mehr) könnte sie (auch )?interessieren|ver también|te puede interesar|lee también|"
              + "potrebbe interessarti|articoli correlati|leggi anche|(à lire|lire) aussi|"
              + "vous (aimerez|pourriez aimer) aussi|читайте также|похожие (статьи|записи))\\W*$");

  // Appeals to the reader that scrapers keep: "Small monthly donations from readers like you..."
  private static final Pattern APPEAL =
      Pattern.compile(
          "(?i)\\b(support(ers)? (us|our)|readers like you|free, but|can you (join|help)|daily (email|round-up)|"
              + "all rights reserved|cookie policy|privacy policy|terms (of use|and conditions))\\b");
  /**
   * What appeals ask for. News tells of these too ("donations from Wall Street", "voters who sign
   * up"), so they make an appeal only in a line that asks the reader: one opening with the request
   * ("Subscribe to ...") or speaking to "you".
   */
  private static final Pattern REQUEST = Pattern.compile("(?i)\\b(donat(e|ion|ions|ing)|subscribe|subscription|newsletter|sign up)\\b");
  private static final Pattern ASKS_THE_READER = Pattern.compile("(?i)^(donate|subscribe|sign up)\\b|\\byou(r)?\\b");
  private static final Pattern QUOTE_MARK = Pattern.compile("[\"\u201c\u201d]");

  // The same roles as names in markup: class and id words of elements that hold furniture.
  private static final Pattern FURNITURE_NAME =
      Pattern.compile(
          "(?i)(^|[\\s_-])(comments?|commenting|disqus|share|sharing|sharebar|related|recommended|"
              + "recirc|recirculation|promo|promos|newsletter|subscribe|subscription|signup|cookie|cookies|"
              + "consent|gdpr|sidebar|breadcrumbs?|menu|nav|navbar|navigation|footer|masthead|"
              + "ad|ads|advert|advertisement|adslot|sponsor|sponsored|outbrain|taboola|popular|most-read|"
              + "trending|widget|modal|popup|byline|author-bio|tags|tag-list|toolbar|skip-link|sr-only|"
              + "visually-hidden|screen-reader-text|print-only|more-stories|read-more|readmore|"
              + "also-read|see-also|banner|caption|credits?|gallery|login|paywall-prompt|donate|donation)($|[\\s_-])");

  // A section label: "More stories", "More News", "More coverage".
  private static final Pattern MORE_LABEL =
      Pattern.compile("(?i)^more (top )?(stories|news|articles|coverage|videos|headlines|to read)\\W*$");

  // The outlet speaking about the page, not reporting: "Editor's note: this story was updated ...", a
  // stance the outlet appends to every article on one subject, an excerpt's introduction.
  private static final Pattern EDITORS_NOTE = Pattern.compile("(?i)^editors?['\u2019]?s?['\u2019]? note\s*:");

  private static final Pattern MORE_FROM = Pattern.compile("(?i)^more from (.{1,60}?)\\W*$");

  /** Judges one block of text by its words. */
  public static Verdict judge(String block) {
    String text = block.strip();
    if (text.isEmpty()) {
      return Verdict.FURNITURE;
    }
    if (text.length() <= 120 && (END_LINE.matcher(text).matches() || MORE_LABEL.matcher(text).matches())) {
      return Verdict.END_OF_ARTICLE;
    }
    if (text.length() <= 120 && FURNITURE_LINE.matcher(text).matches()) {
      return Verdict.FURNITURE;
    }
    if (isShouting(text) || EDITORS_NOTE.matcher(text).lookingAt()) {
      return Verdict.FURNITURE;
    }
    return Verdict.CONTENT;
  }

  /**
   * True when {@code block} appeals to the reader (donate, subscribe, sign up) or is legal small
   * print. A block with double quote marks quotes someone ("... to support our values," he said): an
   * appeal does not.
   */
  public static boolean isAppeal(String block) {
    if (!mayAppeal(block) || wordCount(block) >= 80 || QUOTE_MARK.matcher(block).find()) {
      return false;
    }
    return APPEAL.matcher(block).find() || REQUEST.matcher(block).find() && ASKS_THE_READER.matcher(block).find();
  }


  /**
   * True when an element's class and id words ({@code "share-bar"}, {@code "comments"},
   * {@code "related-links"}) name furniture: the markup's word for what {@link #judge} sees in text.
   */
  public static boolean isFurnitureName(String classAndId) {
    return !classAndId.isEmpty() && FURNITURE_NAME.matcher(classAndId).find();
  }

  /** Stems every appeal holds: a cheap test that spares the regular expression on ordinary prose. */
  private static final String[] APPEAL_STEMS = {
    "donat", "subscri", "newsletter", "sign up", "support", "readers like", "free, but", "can you", "daily",
    "rights reserved", "cookie", "privacy", "terms"
  };

  private static boolean mayAppeal(String block) {
    String lower = block.toLowerCase(java.util.Locale.ROOT);
    for (String stem : APPEAL_STEMS) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** The site named by a "More from X" line, which scrapers keep at the foot of a page. */
  public static Optional<String> outletFromFooter(String line) {
    Matcher m = MORE_FROM.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** A short line in capitals ("SUBSCRIBE TO OUR DAILY EMAIL") is a button or a label. */
  private static boolean isShouting(String text) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 4 && upper == letters && wordCount(text) <= 8 && !text.endsWith(".");
  }

  /**
   * How many words {@code text} holds: runs of letters and digits, where each Chinese or Japanese
   * character counts as a word of its own (those scripts do not put spaces between words).
   */
  public static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && (!inWord || isIdeographic(c))) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  private static boolean isIdeographic(char c) {
    return Character.isIdeographic(c) || (c >= '\u3040' && c <= '\u30ff');
  }

}
