package org.quotetrail.quote;

import java.util.List;
import org.quotetrail.segment.Token;
import org.quotetrail.text.Span;

/**
 * Tells what the words between quote marks are: a speaker's utterance (a sentence or more), a
 * fragment of one woven into the reporter's sentence, or not speech at all (a scare-quoted term, a
 * single letter, a title).
 */
final class QuoteShape {
  /** What a marked quote is. */
  enum Form {
    UTTERANCE,
    FRAGMENT,
    TERM
  }

  /** Utterances shorter than this need a capital or sentence punctuation to count as one. */
  private static final int LONG_WORDS = 8;

  Form of(String body, List<Token> tokens, MarkedQuote mark) {
    Span content = mark.content();
    int words = ReportedSpeechFinder.words(tokens, content);
    if (words == 0 || words == 1 && content.length() <= 2) {
      return Form.TERM; // a quoted letter: a big 'M'
    }
    if (isTitle(body, tokens, mark, words) || isSubheading(body, mark)) {
      return Form.TERM;
    }
    boolean closedClause = ".!?\u2026,".indexOf(body.charAt(content.end() - 1)) >= 0;
    Span outer = withDoubledApostrophes(body, mark);
    boolean embedded = embeddedBefore(body, outer.begin()) || !closedClause && continuesAfter(body, outer.end());
    boolean capital = Character.isUpperCase(body.charAt(content.begin()));
    boolean sentenceEnd = ".!?\u2026,".indexOf(body.charAt(content.end() - 1)) >= 0;
    if (!embedded && (capital || sentenceEnd || words >= LONG_WORDS) && (words >= 3 || sentenceEnd)) {
      return Form.UTTERANCE;
    }
    if (mark.single() && words < 4) {
      return Form.TERM;
    }
    return words >= 2 || !mark.single() ? Form.FRAGMENT : Form.TERM;
  }

  /**
   * "Titled 'The Way Ahead'": most words capitalised, no sentence punctuation; or every word
   * capitalised with the comma that American style puts inside the marks, the reporter's sentence
   * going on in lower case ("the series “Harbour Lights,” starring ...").
   */
  private static boolean isTitle(String body, List<Token> tokens, MarkedQuote mark, int words) {
    Span content = mark.content();
    if (body.charAt(content.end() - 1) == ',' && Character.isUpperCase(body.charAt(content.begin()))
        && isByline(body, withDoubledApostrophes(body, mark).end())) {
      return true; // an article cited with its author: '"Harbour ferry to close," by the Gazette's Ada Brink'
    }
    if (words == 1 && Character.isUpperCase(body.charAt(content.begin())) && ".,".indexOf(body.charAt(content.end() - 1)) >= 0
        && embeddedBefore(body, withDoubledApostrophes(body, mark).begin())) {
      return true; // one capitalised word named inside the reporter's sentence: 'known as “Harbourmaster,”'
    }
    if (words < 2 || words > 10) {
      return false;
    }
    int capitals = 0;
    int first = ReportedSpeechFinder.tokenAt(tokens, content.begin());
    for (int t = first; t < tokens.size() && tokens.get(t).end() <= content.end(); t++) {
      if (tokens.get(t).isWord() && tokens.get(t).isCapitalized()) {
        capitals++;
      } else if (t > first && tokens.get(t).isWord() && MINOR_TITLE_WORDS.contains(tokens.get(t).text())) {
        capitals++; // a title's small words stay in lower case: "Meet the Press", "State of the Union"
      }
    }
    char last = body.charAt(content.end() - 1);
    Span outer = withDoubledApostrophes(body, mark);
    if (last == ',' && capitals == words && continuesAfter(body, outer.end())) {
      return true;
    }
    if (capitals * 4 >= words * 3 && (last == ',' || last == '.') && embeddedBefore(body, outer.begin())) {
      return true; // a show or book named inside the reporter's sentence: 'said on ABC's "This Week."'
    }
    if (capitals * 4 >= words * 3 && ".,!?".indexOf(last) >= 0 && afterWorkNoun(body, outer.begin())) {
      return true; // a work named after its kind and a comma: 'in his 2012 book, ''A Harbour Life.'''
    }
    return capitals * 4 >= words * 3 && ".,!?".indexOf(last) < 0;
  }

  /**
   * A paragraph of nothing but words in single marks ("'A change of heart.'", "– ‘Who cares?’ –"):
   * a subheading that quotes the section below it, which reports the words with their speaker.
   */
  private static boolean isSubheading(String body, MarkedQuote mark) {
    Span outer = withDoubledApostrophes(body, mark);
    if (!mark.single() || !outer.equals(mark.outer())) {
      return false;
    }
    int before = outer.begin();
    while (before > 0 && " \u2013\u2014-".indexOf(body.charAt(before - 1)) >= 0) {
      before--;
    }
    int after = outer.end();
    while (after < body.length() && " .\u2013\u2014-".indexOf(body.charAt(after)) >= 0) {
      after++;
    }
    return (before == 0 || body.charAt(before - 1) == '\n') && (after == body.length() || body.charAt(after) == '\n');
  }

  /**
   * The quote with its marks, taking in the other apostrophe of a mark written as two (''like
   * this'', one outlet's double mark), which the finder reads as a single mark beside an apostrophe.
   */
  private static Span withDoubledApostrophes(String body, MarkedQuote mark) {
    Span outer = mark.outer();
    if (!mark.single()) {
      return outer;
    }
    int begin = outer.begin() > 0 && body.charAt(outer.begin() - 1) == '\'' ? outer.begin() - 1 : outer.begin();
    int end = outer.end() < body.length() && body.charAt(outer.end()) == '\'' ? outer.end() + 1 : outer.end();
    return new Span(begin, end);
  }

  /** The small words a title in title case leaves in lower case after its first word. */
  private static final java.util.Set<String> MINOR_TITLE_WORDS = java.util.Set.of("of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "or", "with");

  /** Kinds of work whose title follows them after a comma: "his memoir, “...”", "her column, “...”". */
  private static final java.util.Set<String> WORK_NOUNS = java.util.Set.of("book", "memoir", "autobiography", "novel", "show", "series",
      "film", "movie", "documentary", "column", "album", "song", "play", "podcast", "program", "programme", "newsletter", "essay",
      "sheet", "musical", "poem", "speech", "slogan");

  /** The mark follows a comma after a kind of work: "in his 2012 book, “...”". */
  private static boolean afterWorkNoun(String body, int open) {
    int i = open - 1;
    while (i >= 0 && body.charAt(i) == ' ') {
      i--;
    }
    if (i < 0 || body.charAt(i) != ',') {
      return false;
    }
    int end = i;
    while (end > 0 && body.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(body.charAt(start - 1))) {
      start--;
    }
    return WORK_NOUNS.contains(body.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  /** " by " and a capitalised name follow the close mark ("by Ada Brink", "by the Gazette's ..."). */
  private static boolean isByline(String body, int close) {
    int i = close;
    while (i < body.length() && body.charAt(i) == ' ') {
      i++;
    }
    if (i == close || !body.startsWith("by ", i)) {
      return false;
    }
    i += "by ".length();
    if (body.startsWith("the ", i)) {
      i += "the ".length();
    }
    return i < body.length() && Character.isUpperCase(body.charAt(i));
  }

  /** The mark follows a word of the reporter's sentence: should "look carefully". */
  private static boolean embeddedBefore(String body, int open) {
    int i = open - 1;
    while (i >= 0 && body.charAt(i) == ' ') {
      i--;
    }
    if (i < 0 || body.charAt(i) == '\n') {
      return false;
    }
    char c = body.charAt(i);
    return Character.isLetterOrDigit(c) && !isAttributionEnd(body, i);
  }

  /** "he said “...": a quote after a reporting verb without colon is still an utterance when capitalised. */
  private static boolean isAttributionEnd(String body, int lastLetter) {
    int start = lastLetter;
    while (start > 0 && Character.isLetter(body.charAt(start - 1))) {
      start--;
    }
    String word = body.substring(start, lastLetter + 1).toLowerCase(java.util.Locale.ROOT);
    return word.equals("said") || word.equals("says") || word.equals("added") || word.equals("wrote") || word.equals("asked");
  }

  /** Lower-case words follow the close mark without a comma: at it. */
  private static boolean continuesAfter(String body, int close) {
    int i = close;
    while (i < body.length() && body.charAt(i) == ' ') {
      i++;
    }
    return i < body.length() && i > close && Character.isLowerCase(body.charAt(i)) && !startsAttribution(body, i);
  }

  /** '"...” he said' without a comma: the words after the quote attribute it rather than continue it. */
  private static boolean startsAttribution(String body, int i) {
    String rest = body.substring(i, Math.min(body.length(), i + 12)).toLowerCase(java.util.Locale.ROOT);
    return rest.startsWith("he ") || rest.startsWith("she ") || rest.startsWith("they ") || rest.startsWith("said")
        || rest.startsWith("says") || rest.startsWith("added") || rest.startsWith("according");
  }
}
