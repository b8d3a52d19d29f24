package org.quotetrail.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.Pipelines;
import org.quotetrail.pipeline.Layers;

class CueFinderTest {
  private static List<Cue> cues(String body) {
    return Pipelines.throughQuotes(body).get(Layers.CUES);
  }

  private static Cue only(String body) {
    List<Cue> cues = cues(body);
    assertEquals(1, cues.size(), cues.toString());
    return cues.get(0);
  }

  @Test
  void subjectBeforeTheVerbPastAuxiliaries() {
    Cue cue = only("Dana Whitlock has also said the plan is fair.");
    assertEquals("said", cue.text());
    assertEquals("Dana Whitlock", cue.source().text());
  }

  @Test
  void invertedSourceAfterAComma() {
    Cue cue = only("\"It is fair,\" said a spokesperson for Harbour Watch.");
    assertTrue(cue.sourceAfter());
    assertEquals("a spokesperson for Harbour Watch", cue.source().text());
  }

  @Test
  void aNounPhraseIsASourceWhenNoMentionIs() {
    assertEquals("Many in the crowd", only("Many in the crowd said the plan was unfair.").source().text());
  }

  @Test
  void appositionAndRelativeClausesAreSkipped() {
    assertEquals("Dana Whitlock", only("Dana Whitlock, who chairs the board, said the plan was fair.").source().text());
    assertEquals("Dana Whitlock", only("The chair of the board, Dana Whitlock, said the plan was fair.").source().text());
  }

  @Test
  void tellTakesItsHearerIntoTheCue() {
    assertEquals("told a cabinet meeting", only("Dana Whitlock told a cabinet meeting on Monday that it was over.").text());
  }

  @Test
  void passivesAndBareInfinitivesAreNotCues() {
    assertTrue(cues("The scheme has been called a land grab by some.").isEmpty());
    assertTrue(cues("It was not for him to tell the board what to do.").isEmpty());
  }

  @Test
  void wordsInsideQuotesAreNeverCues() {
    Cue cue = only("\"They said no,\" Dana Whitlock added.");
    assertEquals("added", cue.text());
  }

  @Test
  void aParticipleBelongsToTheSentencesSpeaker() {
    List<Cue> cues = cues("Dana Whitlock wrote to the board asking it to wait.");
    assertEquals("asking", cues.get(1).text());
    assertEquals("Dana Whitlock", cues.get(1).source().text());
  }

  @Test
  void beliefsAreMarked() {
    Cue cue = only("Dana Whitlock believes the plan will fail.");
    assertEquals(CueKind.BELIEF, cue.kind());
    Cue past = cues("The plan, Dana Whitlock would support it.").stream()
        .filter(c -> c.kind() == CueKind.BELIEF).findFirst().orElseThrow();
    assertEquals("Dana Whitlock", past.source().text(), "a belief reaches its subject past auxiliaries");
    assertNull(cues("The tensions between the crews lately seem to be growing.").stream()
        .filter(c -> c.kind() == CueKind.BELIEF).findFirst().orElseThrow().source(), "an impression is held by no one");
  }
}
