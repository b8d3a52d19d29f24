package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryBisectorTest {
  private static FeatureVector v(String... features) {
    Map<String, Double> w = new LinkedHashMap<>();
    for (String f : features) {
      w.put(f, 1.0);
    }
    return FeatureVector.of(w).normalised();
  }

  @Test
  void separatesTwoEventsThatShareTheirSubject() {
    Map<Long, FeatureVector> profiles = new LinkedHashMap<>();
    profiles.put(1L, v("dui", "chargers", "@jackson", "receiver"));
    profiles.put(2L, v("dui", "chargers", "@jackson", "playoff"));
    profiles.put(3L, v("dui", "chargers", "@jackson", "receiver", "playoff"));
    profiles.put(4L, v("dui", "chargers", "@williams", "tackle"));
    profiles.put(5L, v("dui", "chargers", "@williams", "tackle", "attorney"));
    StoryBisector.Split split = StoryBisector.bisect(profiles).orElseThrow();
    assertEquals(List.of(1L, 2L, 3L), split.keep());
    assertEquals(List.of(4L, 5L), split.leave());
    assertTrue(split.similarity() < 0.6, "halves far apart: " + split.similarity());
  }

  @Test
  void oneArticleCannotBeSplit() {
    assertTrue(StoryBisector.bisect(Map.of(1L, v("a"))).isEmpty());
  }
}
