package org.quotetrail.link;

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
      return a.sameWords(b);
    }
    int shared = a.size() <= b.size() ? a.sharedAtMost(b) : b.sharedAtMost(a);
    if (shared < SHARED * shorter && shared < LONG_RUN) {
      // Cheap test first: most pairs of a speaker's statements share few words. The bound may count
      // a word the other lacks, never too few, so it refuses only pairs that the tests below would.
      return false;
    }
    int run = Words.longestRun(a, b);
    if (run == shorter || run >= LONG_RUN) {
      return true;
    }
    int common = Words.commonSubsequence(a, b);
    return run >= RUN_WITH_SHARED && common >= SHARED * shorter;
  }
}
