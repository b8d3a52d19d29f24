package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.text.Span;

class ArticleMatchTest {
  private static final String TEXT = "\"We are ready,\" she said, \"and able to start.\" Later she left.";
  private static final GoldRelation SPLIT_QUOTE =
      new GoldRelation("E1", List.of(new Span(1, 14), new Span(27, 45)), null, null);

  @Test
  void theOtherHalfOfAFoundSplitQuoteIsAFragment() {
    ArticleMatch match = ArticleMatch.of(article(), List.of(prediction(1, 14), prediction(27, 45), prediction(47, 61)), 0.3);
    assertArrayEquals(new boolean[] {false, true, false}, match.matchedPredictions(0));
    assertArrayEquals(new boolean[] {true, false, false}, match.fragments(0));
  }

  @Test
  void kindsComeFromQuoteMarksOnBothSides() {
    ArticleMatch match = ArticleMatch.of(article(), List.of(prediction(27, 45), prediction(47, 61)), 0.3);
    assertArrayEquals(new boolean[] {true}, match.goldMarked());
    assertArrayEquals(new boolean[] {true, false}, match.predMarked());
  }

  private static PolnearArticle article() {
    return new PolnearArticle("a", TEXT, List.of(SPLIT_QUOTE), 0);
  }

  private static Prediction prediction(int begin, int end) {
    return new Prediction(new Span(begin, end), TEXT.substring(begin, end), null, null, null);
  }
}
