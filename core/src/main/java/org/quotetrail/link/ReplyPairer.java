package org.quotetrail.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotetrail.store.LinkedQuote;

/**
 * Pairs a statement with its reply: a quotation of B that rebuts ("completely inaccurate",
 * "wrong", "denied") and names A, another speaker quoted earlier in the story, answers one of A's
 * earlier statements. Of those, the one chosen names B, then is reported by the most articles
 * (the statement the story is about), then is the latest.
 */
final class ReplyPairer {
  private static final Pattern REBUTTAL = Pattern.compile(
      "\\b(?:wrong|inaccurate|untrue|false|misleading|nonsense|rubbish|baseless|unfounded|ridiculous|not true|mistaken"
          + "|misconceptions?|deny|denies|denied|reject|rejects|rejected|refute|refutes|refuted|disagree|disagrees)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * A part of each of {@link #REBUTTAL}'s words, in lower case: a text holding none cannot match it,
   * and looking for these is several times quicker than trying the pattern at every letter of a
   * quotation that rebuts nothing, as nearly all do.
   */
  private static final List<String> REBUTTAL_PARTS = List.of("wrong", "inaccurate", "untrue", "false", "misleading",
      "nonsense", "rubbish", "baseless", "unfounded", "ridiculous", "not true", "mistaken", "misconception", "deny", "deni",
      "reject", "refute", "disagree");

  private ReplyPairer() {}

  /**
   * The statement {@code reply} answers among {@code story}'s quotations (in time order), given each
   * speaker's names and aliases; empty when it answers none.
   */
  static Optional<LinkedQuote> answered(LinkedQuote reply, List<LinkedQuote> story, Map<Long, List<String>> names) {
    if (reply.speakerId() == null || !rebuts(reply.text())) {
      return Optional.empty();
    }
    int position = story.indexOf(reply);
    List<LinkedQuote> earlier = story.subList(0, Math.max(position, 0));
    Map<Long, Set<Long>> groupArticles = new HashMap<>();
    for (LinkedQuote q : story) {
      if (q.groupId() != null) {
        groupArticles.computeIfAbsent(q.groupId(), g -> new HashSet<>()).add(q.articleId());
      }
    }
    LinkedQuote best = null;
    int bestScore = -1;
    for (LinkedQuote statement : earlier) {
      Long speaker = statement.speakerId();
      if (speaker == null || speaker.equals(reply.speakerId()) || !mentionsAny(reply.text(), names.get(speaker))) {
        continue;
      }
      int score = (mentionsAny(statement.text(), names.get(reply.speakerId())) ? 100 : 0)
          + (statement.groupId() == null ? 1 : groupArticles.get(statement.groupId()).size());
      if (score >= bestScore) {
        bestScore = score;
        best = statement;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether {@code text} rebuts something: a quotation that does not cannot be a reply. */
  static boolean rebuts(String text) {
    String lower = asciiLowerCase(text);
    return REBUTTAL_PARTS.stream().anyMatch(lower::contains) && REBUTTAL.matcher(text).find();
  }

  /** {@code text} with A to Z in lower case, and only those: the pattern ignores case in ASCII only. */
  private static String asciiLowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] += 'a' - 'A';
      }
    }
    return new String(chars);
  }

  private static boolean mentionsAny(String text, List<String> names) {
    return names != null && names.stream().filter(Objects::nonNull).anyMatch(n -> Names.mentions(text, n));
  }
}
