package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {
  @Test
  void countsWordsNamesAndNumbers() {
    Map<String, Integer> counts = TextFeatures.count("Police arrested Owen Smith on Tuesday, and Smith paid 23 pounds after arrests.");
    assertEquals(2, counts.get("arrest"));
    assertEquals(1, counts.get("@owen smith"));
    assertEquals(2, counts.get("@smith"));
    assertEquals(1, counts.get("#23"));
    assertNull(counts.get("@tuesday"), "days are not names");
    assertNull(counts.get("on"), "function words are left out");
  }

  @Test
  void aSingleCapitalisedWordOpeningASentenceIsNotAName() {
    Map<String, Integer> counts = TextFeatures.count("Police said so. Residents agreed with Quarrie.");
    assertFalse(counts.containsKey("@police"));
    assertFalse(counts.containsKey("@residents"));
    assertEquals(1, counts.get("@quarrie"));
  }

  @Test
  void stemsCommonEndingsButKeepsShortWords() {
    assertEquals("arrest", TextFeatures.stem("arrested"));
    assertEquals("meet", TextFeatures.stem("meetings"));
    assertEquals("bus", TextFeatures.stem("bus"));
  }
}
