package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.text.Span;

class BratReaderTest {
  private static final String TEXT = "Ferry fares rise\n\n\"Tickets will cost more,\" Ada Reyes said, \"from May.\"\nThe mayor hopes it lasts.";

  @Test
  void readsARelationWithDiscontinuousContentSourceAndCue() {
    String ann = String.join("\n",
        "T1\tContent 19 42;61 70\tTickets will cost more, from May.",
        "T2\tSource 44 53\tAda Reyes",
        "T3\tCue 54 58\tsaid",
        "T4\tAttribution 54 58\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        "");
    BratReader.Relations relations = BratReader.read(ann, TEXT, "a.ann");
    GoldRelation r = relations.withContent().get(0);
    assertEquals(List.of(new Span(19, 42), new Span(61, 70)), r.content());
    assertEquals("Tickets will cost more, from May.", r.contentText(TEXT));
    assertEquals("Ada Reyes", r.sourceText(TEXT));
    assertEquals("said", r.cueText(TEXT));
  }

  @Test
  void joinsASecondContentPartAndToleratesMissingSourceAndCue() {
    String ann = String.join("\n",
        "T5\tContent 61 70\tfrom May.",
        "T1\tContent 19 42\tTickets will cost more,",
        "T4\tAttribution-no-source 54 58\tsaid",
        "E1\tAttribution-no-source:T4 Content:T5 Content2:T1");
    GoldRelation r = BratReader.read(ann, TEXT, "a.ann").withContent().get(0);
    assertEquals(List.of(new Span(19, 42), new Span(61, 70)), r.content());
    assertNull(r.source());
    assertNull(r.cue());
  }

  @Test
  void countsRelationsWithoutContentAndSkipsNotesAndWrappedSpanText() {
    String ann = String.join("\n",
        "T1\tContent 72 96\tThe mayor hopes",
        "it lasts.",
        "#1\tAnnotatorNotes T1\tbelief, not speech",
        "T2\tSource 72 81\tThe mayor",
        "T3\tCue 82 87\thopes",
        "T9\tAttribution-no-source 82 87\thopes",
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        "E2\tAttribution-no-source:T9 ");
    BratReader.Relations relations = BratReader.read(ann, TEXT, "a.ann");
    assertEquals(1, relations.withContent().size());
    assertEquals(1, relations.withoutContent());
    assertEquals("The mayor hopes it lasts", relations.withContent().get(0).contentText(TEXT));
  }

  @Test
  void namesTheFileAndLineOfASpanOutsideTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BratReader.read("T1\tContent 10 500\tx", TEXT, "b.ann"));
    assertTrue(e.getMessage().startsWith("b.ann line 1: range 10 500 outside the text"), e.getMessage());
  }

  @Test
  void rejectsARelationThatRefersToAMissingSpan() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BratReader.read("E1\tAttribution:T4 Content:T1", TEXT, "c.ann"));
    assertTrue(e.getMessage().contains("c.ann line 1"), e.getMessage());
  }
}
