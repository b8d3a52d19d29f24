package org.quotetrail.quote;

import java.util.Comparator;
import java.util.List;

/** Which offsets of a body lie inside quote marks (marks included). */
public final class QuotedText {
  private final int[] begins;
  private final int[] ends;

  public QuotedText(List<MarkedQuote> quotes) {
    List<MarkedQuote> sorted = quotes.stream().sorted(Comparator.comparingInt(q -> q.outer().begin())).toList();
    begins = new int[sorted.size()];
    ends = new int[sorted.size()];
    int reach = 0;
    for (int k = 0; k < sorted.size(); k++) {
      begins[k] = sorted.get(k).outer().begin();
      // Keep the furthest end so far, so one search answers even when marked quotes nest.
      reach = Math.max(reach, sorted.get(k).outer().end());
      ends[k] = reach;
    }
  }

  public boolean contains(int offset) {
    int lo = 0;
    int hi = begins.length - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] <= offset) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last >= 0 && offset < ends[last];
  }
}
