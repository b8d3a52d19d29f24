package org.quotetrail.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrail.text.Span;

/**
 * Words as the evaluation counts them: runs of {@code \w} characters (Unicode letters, digits and
 * underscore), so "Clinton’s" is two words, "Clinton" and "s".
 */
public final class Words {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  // Function words that would make unrelated phrases overlap ("the source", "the senator").
  private static final Set<String> FUNCTION_WORDS =
      Set.of("a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "from", "and", "or", "s", "that", "as");

  private Words() {}

  /** The words within {@code span} of {@code text}, as spans. */
  public static List<Span> in(String text, Span span) {
    List<Span> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(span.begin(), span.end());
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  /** The lower-cased words of {@code text} without function words, in order; empty for null. */
  public static Set<String> content(String text) {
    return words(text, true);
  }

  /**
   * Whether {@code predicted} shares a word with {@code gold}: a word other than a function word
   * when the gold has one ("the source" and "the senator" do not match), else any word (a source
   * "that", a cue "in"), else the same text (a cue that is a colon or a dash).
   */
  public static boolean overlap(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return false;
    }
    boolean hasContent = !content(gold).isEmpty();
    Set<String> shared = words(gold, hasContent);
    if (shared.isEmpty()) {
      return gold.strip().equals(predicted.strip());
    }
    shared.retainAll(words(predicted, hasContent));
    return !shared.isEmpty();
  }

  private static Set<String> words(String text, boolean withoutFunctionWords) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (!withoutFunctionWords || !FUNCTION_WORDS.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }
}
