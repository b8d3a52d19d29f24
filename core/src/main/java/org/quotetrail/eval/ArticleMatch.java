package org.quotetrail.eval;

import java.util.ArrayList;
import java.util.List;
import org.quotetrail.text.Span;

/**
 * One article's predictions matched to its gold relations at each threshold, with each side's
 * kind (quote-marked or reported).
 *
 * @param article the article and its gold
 * @param predictions the predictions, in the order the source gave them
 * @param thresholds the coverage thresholds, the first being the one speakers and cues are judged at
 * @param goldToPred for each threshold, each gold relation's matched prediction or -1
 * @param goldMarked whether each gold relation is quote-marked
 * @param predMarked whether each prediction is quote-marked
 * @param matcher the coverage of each pair, for error reports
 */
public record ArticleMatch(
    PolnearArticle article,
    List<Prediction> predictions,
    double[] thresholds,
    int[][] goldToPred,
    boolean[] goldMarked,
    boolean[] predMarked,
    CoverageMatcher matcher) {

  /** Matches {@code predictions} to the gold of {@code article} at each of {@code thresholds}. */
  public static ArticleMatch of(PolnearArticle article, List<Prediction> predictions, double... thresholds) {
    CoverageMatcher matcher = CoverageMatcher.of(article, predictions);
    int[][] goldToPred = new int[thresholds.length][];
    for (int t = 0; t < thresholds.length; t++) {
      goldToPred[t] = matcher.match(thresholds[t]);
    }
    String text = article.text();
    boolean[] goldMarked = new boolean[article.relations().size()];
    for (int g = 0; g < goldMarked.length; g++) {
      goldMarked[g] = QuoteMarks.marked(text, article.relations().get(g).content());
    }
    boolean[] predMarked = new boolean[predictions.size()];
    for (int p = 0; p < predMarked.length; p++) {
      Span span = predictions.get(p).span();
      predMarked[p] = span == null ? QuoteMarks.contains(predictions.get(p).text()) : QuoteMarks.marked(text, List.of(span));
    }
    return new ArticleMatch(article, List.copyOf(predictions), thresholds, goldToPred, goldMarked, predMarked, matcher);
  }

  /** Which predictions are matched at threshold index {@code t}. */
  public boolean[] matchedPredictions(int t) {
    boolean[] matched = new boolean[predictions.size()];
    for (int p : goldToPred[t]) {
      if (p >= 0) {
        matched[p] = true;
      }
    }
    return matched;
  }

  /**
   * Which predictions are fragments at threshold index {@code t}: unmatched, yet wholly inside the
   * content of a gold relation that another prediction found, like the second half of a quote
   * that its attribution splits ("We are ready," she said, "and able.").
   */
  public boolean[] fragments(int t) {
    int[] hosts = fragmentHosts(t);
    boolean[] fragments = new boolean[hosts.length];
    for (int p = 0; p < hosts.length; p++) {
      fragments[p] = hosts[p] >= 0;
    }
    return fragments;
  }

  /** For each prediction, the found gold relation it is a fragment of at threshold index {@code t}, or -1. */
  public int[] fragmentHosts(int t) {
    boolean[] matched = matchedPredictions(t);
    int[] hosts = new int[predictions.size()];
    for (int p = 0; p < hosts.length; p++) {
      hosts[p] = -1;
      Span span = predictions.get(p).span();
      for (int g = 0; g < goldToPred[t].length && !matched[p] && span != null && hosts[p] < 0; g++) {
        List<Span> content = article.relations().get(g).content();
        Span cover = new Span(content.get(0).begin(), content.get(content.size() - 1).end());
        if (goldToPred[t][g] >= 0 && cover.contains(span)) {
          hosts[p] = g;
        }
      }
    }
    return hosts;
  }

  /** The (gold, prediction) pairs found at the first threshold. */
  public List<int[]> found() {
    List<int[]> out = new ArrayList<>();
    for (int g = 0; g < goldToPred[0].length; g++) {
      if (goldToPred[0][g] >= 0) {
        out.add(new int[] {g, goldToPred[0][g]});
      }
    }
    return out;
  }
}
