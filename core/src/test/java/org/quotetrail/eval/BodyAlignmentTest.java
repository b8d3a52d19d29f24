package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.text.Span;

class BodyAlignmentTest {
  private static final String ORIGINAL =
      "Harbour plan passes\n\nThe council\u00a0voted  7-2 on Tuesday.\n\n\"It is a good day,\" said Ada Reyes.\n";

  @Test
  void mapsSpansOfTheCleanersBodyBackToTheOriginal() {
    String body = Extractor.standard().extract(RawArticle.text("a.txt", ORIGINAL)).body();
    BodyAlignment alignment = BodyAlignment.of(ORIGINAL, body);
    assertOriginal(alignment, body, "It is a good day,", "It is a good day,");
    assertOriginal(alignment, body, "council voted 7-2", "council\u00a0voted  7-2");
  }

  @Test
  void findsEachLineAtALineStartAfterThePreviousOne() {
    String original = "Title\nSay it\nYes. Say it\nSay it\n";
    BodyAlignment alignment = BodyAlignment.of(original, "Yes. Say it\n\nSay it");
    assertEquals(new Span(25, 31), alignment.toOriginal(13, 19).orElseThrow());
    BodyAlignment skipsMidLine = BodyAlignment.of("Title\nYes. Say it\nSay it\n", "Say it");
    assertEquals(new Span(18, 24), skipsMidLine.toOriginal(0, 6).orElseThrow());
  }

  @Test
  void searchesForASpanWhoseLineWasRewrittenAndGivesUpWhenItIsNowhere() {
    String original = "Title\n\nShe said: \"We will build it.\"\n";
    BodyAlignment alignment = BodyAlignment.of(original, "She said: «We will build it.»");
    assertEquals(new Span(18, 34), alignment.toOriginal(11, 27).orElseThrow());
    assertTrue(BodyAlignment.of(original, "Something else entirely").toOriginal(0, 9).isEmpty());
  }

  private static void assertOriginal(BodyAlignment alignment, String body, String inBody, String inOriginal) {
    int begin = body.indexOf(inBody);
    Span span = alignment.toOriginal(begin, begin + inBody.length()).orElseThrow();
    assertEquals(inOriginal, span.of(ORIGINAL));
  }
}
