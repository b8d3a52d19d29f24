package org.quotetrail.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.text.Span;

class QuoteMarkFinderTest {
  private static List<String> quotes(String body) {
    List<Span> paragraphs = new java.util.ArrayList<>();
    int start = 0;
    for (String p : body.split("\n\n", -1)) {
      paragraphs.add(new Span(start, start + p.length()));
      start += p.length() + 2;
    }
    return QuoteMarkFinder.find(body, paragraphs).stream().map(q -> q.content().of(body)).toList();
  }

  @Test
  void straightAndCurlyMarks() {
    assertEquals(List.of("One,", "Two."), quotes("\"One,\" she said. \u201cTwo.\u201d"));
  }

  @Test
  void singleMarksInsideDoubleStayInside() {
    assertEquals(List.of("A big 'M' says it all."), quotes("\"A big 'M' says it all.\""));
  }

  @Test
  void aQuoteRunsOverParagraphsThatOpenWithAMark() {
    assertEquals(List.of("We will fight.\n\n\"And we will win."), quotes("\"We will fight.\n\n\"And we will win.\" Then she left."));
  }

  @Test
  void anUnclosedQuoteEndsWithItsParagraph() {
    assertEquals(List.of("We will fight on"), quotes("\"We will fight on\n\nThe meeting ended."));
  }

  @Test
  void apostrophesAreNotMarks() {
    assertEquals(List.of(), quotes("It's the members' choice, and Smith's too."));
    assertEquals(List.of("entryism"), quotes("A group engaged in 'entryism' for years."));
  }
}
