package org.quotetrail.link;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of a variant against the canonical wording, in the style of wdiff: words both
 * share as written in the variant, the canonical's words the variant lacks as {@code [-words-]},
 * the variant's own words as {@code {+words+}}.
 */
final class WordDiff {
  private WordDiff() {}

  static String diff(String canonical, String variant) {
    Words a = Words.of(canonical);
    Words b = Words.of(variant);
    int[][] table = Words.commonSuffixTable(a.folded(), b.folded());
    List<String> out = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.folded().get(i).equals(b.folded().get(j))) {
        flush(out, removed, added);
        out.add(b.written().get(j));
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || table[i][j + 1] >= table[i + 1][j])) {
        added.add(b.written().get(j++));
      } else {
        removed.add(a.written().get(i++));
      }
    }
    flush(out, removed, added);
    return String.join(" ", out);
  }

  private static void flush(List<String> out, List<String> removed, List<String> added) {
    if (!removed.isEmpty()) {
      out.add("[-" + String.join(" ", removed) + "-]");
      removed.clear();
    }
    if (!added.isEmpty()) {
      out.add("{+" + String.join(" ", added) + "+}");
      added.clear();
    }
  }
}
