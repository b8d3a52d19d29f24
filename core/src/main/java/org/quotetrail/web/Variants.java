package org.quotetrail.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Quotations gathered into groups of wordings of one statement: a quotation joins the first group
 * whose first wording shares most of its words (Jaccard similarity of the word sets at least
 * {@link #SIMILAR}), else starts a group. The order of the input is kept, within and across groups.
 */
final class Variants {
  /** Share of words two wordings of one statement have in common, at least. */
  static final double SIMILAR = 0.6;

  private Variants() {}

  /** {@code items} grouped, {@code text} giving each one's wording. */
  static <T> List<List<T>> group(List<T> items, Function<T, String> text) {
    List<List<T>> groups = new ArrayList<>();
    List<Set<String>> heads = new ArrayList<>();
    for (T item : items) {
      Set<String> words = words(text.apply(item));
      int found = -1;
      for (int g = 0; g < groups.size() && found < 0; g++) {
        Set<String> head = heads.get(g);
        // The similarity is at most the smaller set's size over the larger's: most pairs stop here.
        if (Math.min(head.size(), words.size()) >= SIMILAR * Math.max(head.size(), words.size())
            && similarity(head, words) >= SIMILAR) {
          found = g;
        }
      }
      if (found < 0) {
        groups.add(new ArrayList<>(List.of(item)));
        heads.add(words);
      } else {
        groups.get(found).add(item);
      }
    }
    return groups;
  }

  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : WordDiff.SPACES.split(text.strip())) {
      String folded = WordDiff.fold(word);
      if (!folded.isEmpty()) {
        words.add(folded);
      }
    }
    return words;
  }

  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    int common = 0;
    for (String word : smaller) {
      if (larger.contains(word)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
