package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EvaluationReportTest {
  @Test
  void f1IsTheHarmonicMeanOfPrecisionAndRecallToTheLastDigit() {
    // 2 x 1650 / (1933 + 2192) is 0.8 exactly; computed from the two ratios it came out 0.7999999999999999.
    EvaluationReport.Score score = new EvaluationReport.Score(2192, 1933, 1650, 1650, 0);
    assertEquals(0.8, score.f1());
    assertEquals(1650.0 / 1933, score.precision());
    assertEquals(1650.0 / 2192, score.recall());
  }

  @Test
  void precisionAndRecallMayCountDifferentMatches() {
    // a slice's precision counts its predictions matched to any gold, its recall its gold matched to any prediction
    EvaluationReport.Score score = new EvaluationReport.Score(10, 8, 5, 6, 1);
    double p = 6.0 / 8;
    double r = 5.0 / 10;
    assertEquals(2 * p * r / (p + r), score.f1(), 1e-15);
    double fp = 7.0 / 8;
    assertEquals(2 * fp * r / (fp + r), score.fragmentF1(), 1e-15);
    assertEquals(0.0, new EvaluationReport.Score(10, 0, 0, 0, 0).f1());
    assertEquals(0.0, new EvaluationReport.Score(0, 4, 0, 0, 0).f1());
  }
}
