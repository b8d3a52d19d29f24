package org.quotetrail.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.Pipelines;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.pipeline.Layers;

class MentionStageTest {
  private static Mention mention(String body, String text, int occurrence) {
    List<Mention> mentions = Pipelines.throughMentions(body).get(Layers.MENTIONS);
    int seen = 0;
    for (Mention m : mentions) {
      if (m.text().equals(text) && seen++ == occurrence) {
        return m;
      }
    }
    throw new AssertionError("no mention '" + text + "' in " + mentions);
  }

  private static String entityOf(String body, String text, int occurrence) {
    Entity e = mention(body, text, occurrence).entity();
    return e == null ? null : e.name();
  }

  @Test
  void surnameAndFirstNameJoinTheFullName() {
    String body = "Dana Whitlock opened the meeting. Later Whitlock spoke again, and Dana laughed.";
    assertEquals("Dana Whitlock", entityOf(body, "Whitlock", 0));
    assertEquals("Dana Whitlock", entityOf(body, "Dana", 0));
  }

  @Test
  void aPronounPrefersTheSubjectOverTheNearestName() {
    String body = "Marcus Penhallow, who is trailing Dana Whitlock in the polls, gave a speech in which he attacked the plan.";
    assertEquals("Marcus Penhallow", entityOf(body, "he", 0));
  }

  @Test
  void genderMustAgree() {
    String body = "Dana Whitlock met Marcus Penhallow. She said little.";
    assertEquals("Dana Whitlock", entityOf(body, "She", 0));
  }

  @Test
  void aSpokespersonForAnOrganisationIsThatOrganisation() {
    Mention m = mention("A spokesperson for Harbour Watch disagreed.", "A spokesperson for Harbour Watch", 0);
    assertEquals("Harbour Watch", m.entity().name());
    assertEquals(SpeakerType.ORGANIZATION, m.entity().type());
    assertEquals("spokesperson", m.role());
  }

  @Test
  void theGroupRefersBackToTheOrganisationInSubjectPosition() {
    String body = "Harbour Watch has asked the council to wait. The campaign group said the plan was rushed.";
    assertEquals("Harbour Watch", entityOf(body, "The campaign group", 0));
  }

  @Test
  void namesInTheHeadlineCompleteTheBody() {
    List<Mention> mentions = Pipelines.throughMentions("Owen Smith attacks faction", "Smith spoke at length.").get(Layers.MENTIONS);
    assertEquals("Owen Smith", mentions.get(0).entity().name());
  }

  @Test
  void anUnresolvablePronounHasNoEntity() {
    assertNull(mention("He arrived late.", "He", 0).entity());
  }

  @Test
  void wordsInsideQuotesAreMarkedSo() {
    Mention inside = mention("\"Dana will decide,\" said Marta Quince.", "Dana", 0);
    assertEquals(true, inside.inQuote());
  }
}
