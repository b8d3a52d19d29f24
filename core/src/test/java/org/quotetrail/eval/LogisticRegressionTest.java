package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
  private static final LogisticRegression REGRESSION = new LogisticRegression(10, 0.2, 1e-6, 2);

  /** "said" and "condemned" are cues, "table" never is; "the" is everywhere. */
  private static List<LogisticRegression.Sample> samples() {
    List<LogisticRegression.Sample> samples = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      samples.add(new LogisticRegression.Sample(List.of("w=said", "n=the"), true));
      samples.add(new LogisticRegression.Sample(List.of("w=condemned", "n=the"), true));
      samples.add(new LogisticRegression.Sample(List.of("w=table", "n=the"), false));
      samples.add(new LogisticRegression.Sample(List.of("w=table", "n=of"), false));
    }
    samples.add(new LogisticRegression.Sample(List.of("w=once"), true));
    return samples;
  }

  @Test
  void learnsWhichFeaturesMarkThePositives() {
    LogisticRegression.Fit fit = REGRESSION.fit(samples(), 1);
    assertTrue(fit.weights().get("w=said") > 1, fit.weights().toString());
    assertTrue(fit.weights().get("w=table") < -1, fit.weights().toString());
  }

  @Test
  void featuresSeenTooRarelyAreLeftOut() {
    assertFalse(REGRESSION.fit(samples(), 1).weights().containsKey("w=once"));
  }

  @Test
  void theSameSeedGivesTheSameFit() {
    assertEquals(REGRESSION.fit(samples(), 7), REGRESSION.fit(samples(), 7));
  }
}
