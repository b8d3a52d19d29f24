package org.quotetrail.eval.extraction;

import java.util.List;

/**
 * How well a cleaner extracted article bodies on the benchmark.
 *
 * @param pages how many pages were scored
 * @param precision mean per-page precision of word 4-grams
 * @param recall mean per-page recall of word 4-grams
 * @param pagesPerSecond extraction speed on one thread, after a warm-up pass
 * @param worst the pages with the lowest F1, worst first, for error analysis
 */
public record ExtractionReport(int pages, double precision, double recall, double pagesPerSecond, List<PageScore> worst) {
  /** F1 of the mean precision and mean recall, as the benchmark defines it. */
  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /**
   * One page's score.
   *
   * @param id the page's id
   * @param url the page's URL
   * @param overlap its precision and recall
   */
  public record PageScore(String id, String url, ShingleOverlap overlap) {
    public double f1() {
      double p = overlap.precision();
      double r = overlap.recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
