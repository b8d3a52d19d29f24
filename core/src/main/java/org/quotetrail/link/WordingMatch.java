package org.quotetrail.link;

import java.util.List;

/**
 * Whether two quotations of one speaker are one statement in different wordings: one holds the
 * other whole (a shortening), or most of the shorter one's words recur in order with a run of
 * several together (small edits: "carries on being" / "continue to carry on as"), or they share a
 * long run of words. Statements of fewer than {@link #SHORT} words match only word for word.
 */
final class WordingMatch {
  /** Below this many words a quotation is a fragment, matched only when identical. */
  static final int SHORT = 4;

  private static final double SHARED = 0.6;
  private static final int RUN_WITH_SHARED = 3;
  private static final int LONG_RUN = 6;

  private WordingMatch() {}

  static boolean sameStatement(Words a, Words b) {
    int shorter = Math.min(a.size(), b.size());
    if (shorter < SHORT) {
      return a.folded().equals(b.folded());
    }
    int shared = sharedWords(a, b);
    if (shared < SHARED * shorter && shared < LONG_RUN) {
      return false; // cheap test first: most pairs of a speaker's statements share few words
    }
    int run = longestRun(a.folded(), b.folded());
    if (run == shorter || run >= LONG_RUN) {
      return true;
    }
    int common = Words.commonSubsequence(a.folded(), b.folded());
    return run >= RUN_WITH_SHARED && common >= SHARED * shorter;
  }

  /** How many of the shorter wording's words occur in the other: an upper bound of their common subsequence and runs. */
  private static int sharedWords(Words a, Words b) {
    Words shorter = a.size() <= b.size() ? a : b;
    Words other = shorter == a ? b : a;
    int shared = 0;
    for (String w : shorter.folded()) {
      shared += other.contains(w) ? 1 : 0;
    }
    return shared;
  }

  /** The length of the longest run of words both lists hold. */
  static int longestRun(List<String> a, List<String> b) {
    int longest = 0;
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      String word = a.get(i - 1);
      for (int j = 1; j <= b.size(); j++) {
        current[j] = word.equals(b.get(j - 1)) ? previous[j - 1] + 1 : 0;
        longest = Math.max(longest, current[j]);
      }
      int[] done = previous;
      previous = current;
      current = done;
    }
    return longest;
  }
}
