package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttributionJudgeTest {
  @Test
  void strictNeedsTheMentionToShareAWordWithTheSource() {
    assertTrue(AttributionJudge.speakerStrict("a harbour spokesman", speaker("the spokesman", "Ada Reyes")));
    assertTrue(AttributionJudge.speakerStrict("She", speaker("she", "Ada Reyes")));
    assertFalse(AttributionJudge.speakerStrict("the mayor", speaker("the spokesman", null)));
    assertFalse(AttributionJudge.speakerStrict("Reyes", speaker("she", "Ada Reyes")));
  }

  @Test
  void lenientAlsoTakesTheCanonicalNamesLastWord() {
    assertTrue(AttributionJudge.speakerLenient("Mayor Reyes", speaker("she", "Ada Reyes")));
    assertFalse(AttributionJudge.speakerLenient("she", speaker("the mayor", "Ada Reyes")));
    assertFalse(AttributionJudge.speakerLenient("Ada Moss", speaker("she", "Ada Reyes")));
  }

  @Test
  void noGoldSourceOrNoPredictedSpeakerIsNeverRight() {
    assertFalse(AttributionJudge.speakerLenient(null, speaker("she", "Ada Reyes")));
    assertFalse(AttributionJudge.speakerLenient("Ada Reyes", speaker(null, null)));
  }

  @Test
  void cueNeedsASharedWord() {
    Prediction toldReporters = new Prediction(null, "x", null, null, "told reporters");
    assertTrue(AttributionJudge.cue("told", toldReporters));
    assertFalse(AttributionJudge.cue("according to", toldReporters));
    assertFalse(AttributionJudge.cue("said", new Prediction(null, "x", null, null, null)));
  }

  private static Prediction speaker(String mention, String name) {
    return new Prediction(null, "x", mention, name, "said");
  }
}
