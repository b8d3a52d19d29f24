package org.quotetrail.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A quotation's words for comparing wordings: split at white space, each kept as written and
 * folded (lower case, straight apostrophes, punctuation at its ends dropped), so that "that’s,"
 * and "That's" compare equal. Words that are only punctuation (a dash) are dropped. The set of
 * folded words is made once here: a quotation is compared with up to sixty of its speaker's.
 */
final class Words {
  private final List<String> written;
  private final List<String> folded;
  private final Set<String> distinct;

  private Words(List<String> written, List<String> folded) {
    this.written = List.copyOf(written);
    this.folded = List.copyOf(folded);
    // A hash set, not Set.copyOf: most lookups are of words the other wording lacks, which the
    // immutable set's linear probing answers slowly.
    this.distinct = new HashSet<>(folded);
  }

  static Words of(String text) {
    List<String> written = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      String f = Names.fold(word);
      if (!f.isEmpty()) {
        written.add(word);
        folded.add(f);
      }
    }
    return new Words(written, folded);
  }

  /** The words as written. */
  List<String> written() {
    return written;
  }

  /** The same words folded. */
  List<String> folded() {
    return folded;
  }

  /** Whether {@code word}, folded, is one of these words. */
  boolean contains(String word) {
    return distinct.contains(word);
  }

  int size() {
    return folded.size();
  }

  /** The length of the longest common subsequence of two word lists, in two rows of the table. */
  static int commonSubsequence(List<String> a, List<String> b) {
    int[] below = new int[b.size() + 1];
    int[] row = new int[b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      String word = a.get(i);
      for (int j = b.size() - 1; j >= 0; j--) {
        row[j] = word.equals(b.get(j)) ? below[j + 1] + 1 : Math.max(below[j], row[j + 1]);
      }
      int[] done = below;
      below = row;
      row = done;
    }
    return below[0];
  }

  /** The longest common subsequence lengths of word lists: {@code table[i][j]} for {@code a} from i and {@code b} from j. */
  static int[][] commonSuffixTable(List<String> a, List<String> b) {
    int[][] table = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
      }
    }
    return table;
  }
}
