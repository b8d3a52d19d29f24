package org.quotetrail.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarksTest {
  @Test
  void replacesPlaceholdersWithTheArticlesMarks() {
    assertEquals("a \u201cb \u2018c\u2019\u201d", Marks.CURLY.apply("a «b ‹c›»"));
    assertEquals("a \"b 'c'\"", Marks.STRAIGHT.apply("a «b ‹c›»"));
  }

  @Test
  void quotesText() {
    assertEquals("\"yes\"", Marks.STRAIGHT.quote("yes"));
  }
}
