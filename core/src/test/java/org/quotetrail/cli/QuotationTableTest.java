package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.store.StoredQuotation;

class QuotationTableTest {
  private static StoredQuotation stored(String text, Speaker speaker) {
    Quotation q = new Quotation(text, 0, text.length(), QuoteKind.DIRECT, null, speaker, 0.5, "test");
    return new StoredQuotation(1, "a.txt", null, "Herald", "A title", LocalDate.of(2024, 1, 1), 0, q);
  }

  private static List<String> print(int width, StoredQuotation... rows) {
    StringWriter out = new StringWriter();
    new QuotationTable(width).write(List.of(rows), new PrintWriter(out));
    return out.toString().lines().toList();
  }

  @Test
  void fitCutsLongValuesWithAnEllipsisAndFlattensLineBreaks() {
    assertEquals("abc", QuotationTable.fit("abc", 3));
    assertEquals("ab…", QuotationTable.fit("abcd", 3));
    assertEquals("a b", QuotationTable.fit("a\n\n b", 5));
  }

  @Test
  void linesStayWithinTheWidth() {
    String longQuote = "word ".repeat(60);
    List<String> lines = print(80, stored(longQuote, new Speaker("Owen Smith", SpeakerType.PERSON, null, null)));
    assertEquals(80, lines.get(1).length(), lines.get(1));
    assertTrue(lines.get(1).endsWith("…"));
  }

  @Test
  void unnamedSpeakersShowTheirMention() {
    List<String> lines =
        print(100,
            stored("Yes", new Speaker(null, SpeakerType.UNKNOWN, "a spokesperson", null)),
            stored("No", Speaker.UNKNOWN));
    assertTrue(lines.get(1).contains("(a spokesperson)"), lines.get(1));
    assertTrue(lines.get(2).matches("2024-01-01 +\\? +Herald.*"), lines.get(2));
  }

  @Test
  void theQuotationKeepsAMinimumWidthInNarrowTables() {
    List<String> lines = print(10, stored("x".repeat(50), Speaker.UNKNOWN));
    assertTrue(lines.get(1).endsWith("x".repeat(QuotationTable.MIN_QUOTE_WIDTH - 1) + "…"), lines.get(1));
  }
}
