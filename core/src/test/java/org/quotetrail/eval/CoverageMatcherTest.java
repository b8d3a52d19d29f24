package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.text.Span;

class CoverageMatcherTest {
  // Gold 0: "one two three four five six seven eight nine ten" (10 words); gold 1: "alpha beta".
  private static final String TEXT = "one two three four five six seven eight nine ten. alpha beta";
  private static final PolnearArticle ARTICLE = new PolnearArticle("a", TEXT,
      List.of(gold("E1", 0, 48), gold("E2", 50, 60)), 0);

  @Test
  void coverageCountsGoldWordsWhollyInsideThePrediction() {
    assertEquals(0.3, CoverageMatcher.coverage(TEXT, ARTICLE.relations().get(0), new Span(0, 13)), 1e-9);
    assertEquals(0.2, CoverageMatcher.coverage(TEXT, ARTICLE.relations().get(0), new Span(0, 12)), 1e-9);
  }

  @Test
  void thirtyPercentFindsWhatEightyPercentDoesNot() {
    CoverageMatcher matcher = CoverageMatcher.of(ARTICLE, List.of(prediction(0, 13), prediction(50, 60)));
    assertArrayEquals(new int[] {0, 1}, matcher.match(0.3));
    assertArrayEquals(new int[] {-1, 1}, matcher.match(0.8));
  }

  @Test
  void onePredictionMatchesAtMostOneGold() {
    CoverageMatcher matcher = CoverageMatcher.of(ARTICLE, List.of(prediction(0, 60)));
    int[] goldToPred = matcher.match(0.3);
    assertEquals(1, java.util.Arrays.stream(goldToPred).filter(p -> p >= 0).count());
  }

  @Test
  void theMatchingIsMaximumNotGreedy() {
    // Prediction 0 covers both golds best; greedy would give it gold 0 and leave gold 1 unmatched.
    CoverageMatcher matcher =
        CoverageMatcher.of(ARTICLE, List.of(prediction(0, 60), prediction(0, 25)));
    assertArrayEquals(new int[] {1, 0}, matcher.match(0.3));
  }

  @Test
  void anUnmappedPredictionCoversNothing() {
    CoverageMatcher matcher =
        CoverageMatcher.of(ARTICLE, List.of(new Prediction(null, "one two", null, null, null)));
    assertArrayEquals(new int[] {-1, -1}, matcher.match(0.3));
  }

  private static GoldRelation gold(String id, int begin, int end) {
    return new GoldRelation(id, List.of(new Span(begin, end)), null, null);
  }

  private static Prediction prediction(int begin, int end) {
    return new Prediction(new Span(begin, end), TEXT.substring(begin, end), null, null, null);
  }
}
