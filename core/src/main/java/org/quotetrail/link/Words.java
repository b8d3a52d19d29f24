package org.quotetrail.link;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotation's words for comparing wordings: split at white space, each kept as written and
 * folded (lower case, straight apostrophes, punctuation at its ends dropped), so that "that’s,"
 * and "That's" compare equal. Words that are only punctuation (a dash) are dropped.
 *
 * @param written the words as written
 * @param folded the same words folded
 */
record Words(List<String> written, List<String> folded) {
  Words {
    written = List.copyOf(written);
    folded = List.copyOf(folded);
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

  int size() {
    return folded.size();
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
