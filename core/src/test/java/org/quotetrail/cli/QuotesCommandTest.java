package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotetrail.json.ArticleJson;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.store.Store;

class QuotesCommandTest {
  @TempDir Path dir;

  private String db;

  @BeforeEach
  void storeTwoArticles() {
    db = dir.resolve("quotes.db").toString();
    try (Store store = Store.open(db)) {
      String bridge = "\"We will build it, \"soon\"\" said Owen Smith.";
      store.save(article("a.txt", "Example Herald", "Bridge vote", bridge, "Owen Smith", "We will build it, \"soon\""));
      String parks = "\"Parks reopen in June\" said Ann Lee.";
      store.save(article("b.txt", "Other Gazette", "Parks", parks, "Ann Lee", "Parks reopen in June"));
    }
  }

  private static ExtractedArticle article(
      String source, String outlet, String title, String body, String speaker, String quoted) {
    int begin = body.indexOf(quoted);
    Quotation q = new Quotation(quoted, begin, begin + quoted.length(), QuoteKind.DIRECT, "said",
        new Speaker(speaker, SpeakerType.PERSON, speaker, null), 0.875, "name after quote");
    return new ExtractedArticle(source, null, outlet, title, null, LocalDate.of(2024, 3, 1), body, List.of(q));
  }

  @Test
  void tableListsSpeakerOutletTitleAndWords() {
    CommandRun run = CommandRun.of("quotes", "--db", db);
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(3, lines.size(), run.out());
    assertTrue(lines.get(0).matches("DATE +SPEAKER +OUTLET +TITLE +QUOTATION"), lines.get(0));
    assertTrue(lines.get(1).matches("2024-03-01 +Owen Smith +Example Herald +Bridge vote +We will build it.*"), lines.get(1));
    assertEquals(lines.get(1).indexOf("Example"), lines.get(2).indexOf("Other"), "columns are aligned");
  }

  @Test
  void speakerFilterFindsAPartOfTheName() {
    CommandRun run = CommandRun.of("quotes", "--speaker", "smith", "--format", "json", "--db", db);
    JsonNode array = parse(run.out());
    assertEquals(1, array.size());
    assertEquals("Owen Smith", array.get(0).path("speaker").path("name").asText());
  }

  @Test
  void outletFilter() {
    CommandRun run = CommandRun.of("quotes", "--outlet", "other gazette", "--format", "json", "--db", db);
    assertEquals(List.of("Ann Lee"), parse(run.out()).findValuesAsText("name"));
  }

  @Test
  void jsonHasTheArticleAndQuotationFields() {
    JsonNode first = parse(CommandRun.of("quotes", "--format", "json", "--db", db).out()).get(0);
    assertEquals("a.txt", first.path("source").asText());
    assertEquals("Example Herald", first.path("outlet").asText());
    assertEquals("Bridge vote", first.path("title").asText());
    assertEquals("2024-03-01", first.path("published").asText());
    assertEquals(0, first.path("ordinal").asInt());
    assertEquals("direct", first.path("kind").asText());
    assertEquals(0.88, first.path("confidence").asDouble());
    assertTrue(first.path("url").isNull());
  }

  @Test
  void csvQuotesFieldsByRfc4180() {
    CommandRun run = CommandRun.of("quotes", "--speaker", "Owen Smith", "--format", "csv", "--db", db);
    String[] lines = run.out().split("\r\n");
    assertEquals(String.join(",", QuotationCsv.COLUMNS), lines[0]);
    assertEquals(
        "a.txt,,Example Herald,Bridge vote,2024-03-01,0,\"We will build it, \"\"soon\"\"\",1,25,direct,said,"
            + "Owen Smith,person,Owen Smith,,0.88,name after quote",
        lines[1]);
  }

  @Test
  void aMissingStoreIsNotCreated() {
    String missing = dir.resolve("none.db").toString();
    CommandRun run = CommandRun.of("quotes", "--db", missing);
    assertEquals(OneLineErrors.FAILURE, run.status());
    assertEquals("quotetrail quotes: cannot open store " + missing + ": no such file (ingest some articles first)\n", run.err());
  }

  private static JsonNode parse(String json) {
    try {
      return ArticleJson.MAPPER.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
