package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quotetrail.json.ArticleJson;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.store.Backend;
import org.quotetrail.store.Store;
import org.quotetrail.store.TestStores;

/** {@code quotes} on each backend, over a store of two articles. */
class QuotesCommandTest {
  @RegisterExtension final TestStores stores = new TestStores();

  private String db;

  private void storeTwoArticles(Backend backend) {
    db = stores.location(backend);
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

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void tableListsSpeakerOutletTitleAndWords(Backend backend) {
    storeTwoArticles(backend);
    CommandRun run = CommandRun.of("quotes", "--db", db);
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(3, lines.size(), run.out());
    assertTrue(lines.get(0).matches("DATE +SPEAKER +OUTLET +TITLE +QUOTATION"), lines.get(0));
    assertTrue(lines.get(1).matches("2024-03-01 +Owen Smith +Example Herald +Bridge vote +We will build it.*"), lines.get(1));
    assertEquals(lines.get(1).indexOf("Example"), lines.get(2).indexOf("Other"), "columns are aligned");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void speakerFilterFindsAPartOfTheName(Backend backend) {
    storeTwoArticles(backend);
    CommandRun run = CommandRun.of("quotes", "--speaker", "smith", "--format", "json", "--db", db);
    JsonNode array = parse(run.out());
    assertEquals(1, array.size());
    assertEquals("Owen Smith", array.get(0).path("speaker").path("name").asText());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void outletFilter(Backend backend) {
    storeTwoArticles(backend);
    CommandRun run = CommandRun.of("quotes", "--outlet", "other gazette", "--format", "json", "--db", db);
    assertEquals(List.of("Ann Lee"), parse(run.out()).findValuesAsText("name"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void kindAndConfidenceFilters(Backend backend) {
    storeTwoArticles(backend);
    try (Store store = Store.open(db)) {
      String body = "Harbour Watch has pinned its hopes on a grant for the sea wall.";
      String act = "its hopes on a grant for the sea wall";
      int begin = body.indexOf(act);
      Quotation stance = new Quotation(act, begin, begin + act.length(), QuoteKind.STANCE, "pinned",
          new Speaker("Harbour Watch", SpeakerType.ORGANIZATION, "Harbour Watch", null), 0.5, "tentative stance");
      store.save(new ExtractedArticle("c.txt", null, "Example Herald", "Grant", null, LocalDate.of(2024, 3, 2), body, List.of(stance)));
    }
    assertEquals(List.of("Harbour Watch"), names(CommandRun.of("quotes", "--kind", "stance", "--format", "json", "--db", db)));
    assertEquals(List.of("Owen Smith", "Ann Lee"),
        names(CommandRun.of("quotes", "--kind", "direct,indirect", "--format", "json", "--db", db)));
    assertEquals(List.of("Owen Smith", "Ann Lee"),
        names(CommandRun.of("quotes", "--min-confidence", "0.6", "--format", "json", "--db", db)));
    assertEquals(List.of("Owen Smith", "Ann Lee", "Harbour Watch"),
        names(CommandRun.of("quotes", "--min-confidence", "0.5", "--format", "json", "--db", db)));
    assertEquals(List.of(), names(CommandRun.of("quotes", "--kind", "stance", "--min-confidence", "0.9", "--format", "json", "--db", db)));
    CommandRun wrong = CommandRun.of("quotes", "--kind", "quip", "--db", db);
    assertEquals(2, wrong.status());
    assertTrue(wrong.err().contains("--kind: no kind 'quip'; the kinds are direct, partial, indirect, mixed, belief, stance"), wrong.err());
  }

  private static List<String> names(CommandRun run) {
    assertEquals(0, run.status(), run.err());
    return parse(run.out()).findValues("speaker").stream().map(s -> s.path("name").asText()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void jsonHasTheArticleAndQuotationFields(Backend backend) {
    storeTwoArticles(backend);
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

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void csvQuotesFieldsByRfc4180(Backend backend) {
    storeTwoArticles(backend);
    CommandRun run = CommandRun.of("quotes", "--speaker", "Owen Smith", "--format", "csv", "--db", db);
    String[] lines = run.out().split("\r\n");
    assertEquals(String.join(",", QuotationCsv.COLUMNS), lines[0]);
    assertEquals(
        "a.txt,,Example Herald,Bridge vote,2024-03-01,0,\"We will build it, \"\"soon\"\"\",1,25,body,direct,said,"
            + "Owen Smith,person,Owen Smith,,0.88,name after quote",
        lines[1]);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void aMissingStoreIsNotCreated(Backend backend) {
    String missing = stores.fresh(backend);
    CommandRun run = CommandRun.of("quotes", "--db", missing);
    assertEquals(OneLineErrors.FAILURE, run.status());
    String why = backend == Backend.SQLITE ? "no such file" : "no quotetrail store in this database";
    assertTrue(run.err().matches("quotetrail quotes: cannot open store [^ ]+: " + why + " \\(ingest some articles first\\)\n"),
        run.err());
    assertFalse(backend == Backend.SQLITE && Files.exists(Path.of(missing)), "created " + missing);
  }

  private static JsonNode parse(String json) {
    try {
      return ArticleJson.MAPPER.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
