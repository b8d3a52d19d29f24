package org.quotetrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.QuotePlace;

/**
 * The two seed articles the project grew from (read from ../shared/seeds): every quotation a careful
 * reader finds, with its speaker and kind, and nothing else; furniture out of the body.
 */
class SeedArticlesTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  /** One expected quotation: a snippet of its text, its speaker, its kind, and the speaker's type. */
  record Expected(String snippet, String speaker, String type, String kind) {}

  @Test
  void politicianAttackReport() throws IOException {
    ExtractedArticle a = extract("000_");
    assertTrue(a.title().startsWith("Labour should consider banning Momentum members"), a.title());
    assertTrue(a.title().endsWith("Owen Smith signaled today."), a.title());
    assertFalse(a.body().contains(a.title()), "the headline is not body text");
    assertQuotes(a, List.of(
        new Expected("whether he would support banning the organisation", null, "unknown", "indirect"),
        new Expected("the NEC should \"look carefully\" at it", "Owen Smith", "person", "mixed"),
        new Expected("If Momentum carries on being a party within a party", "Owen Smith", "person", "direct"),
        new Expected("while it was not for him to tell", "Owen Smith", "person", "mixed"),
        new Expected("I'm not going to get to the point", "Owen Smith", "person", "direct"),
        new Expected("Momentum as an alien creature", "Owen Smith", "person", "indirect"),
        new Expected("There is nothing comradely", "Owen Smith", "person", "direct"),
        new Expected("Momentum was in reality a re-branding", "Owen Smith", "person", "indirect"),
        new Expected("We have seen these tactics", "Owen Smith", "person", "direct"),
        new Expected("Momentum had to be fought in the same way", "Owen Smith", "person", "indirect"),
        new Expected("We had to fight Militant", "Owen Smith", "person", "direct"),
        new Expected("of hypocrisy", "Momentum", "organization", "indirect"),
        new Expected("Selections are a matter for local party members", "Momentum", "organization", "direct"),
        new Expected("It is ironic that some of those", "Momentum", "organization", "direct"),
        new Expected("him to arrange a leadership debate", "Kate Green", "person", "indirect"),
        new Expected("I write to propose that Owen join Jeremy", "Kate Green", "person", "direct"),
        new Expected("Your assistance in arranging this", "Kate Green", "person", "direct"),
        new Expected("Momentum brings together the enthusiasm", "Momentum", "organization", "direct")));
    Quotation multiParagraph = find(a, "We had to fight Militant");
    assertTrue(multiParagraph.text().contains("organising to deselect a Labour MP"), "the quote runs over two paragraphs");
    assertEquals("told reporters", find(a, "If Momentum carries on").cue());
    assertEquals("he", find(a, "If Momentum carries on").speaker().mention());
    assertEquals("source", find(a, "of hypocrisy").speaker().role());
    assertEquals("spokesperson", find(a, "Momentum brings together").speaker().role());
    assertEquals("a spokesperson for Momentum", find(a, "Momentum brings together").speaker().mention());
    assertNoQuotationContaining(a, "entryism");
  }

  @Test
  void factionReplyReport() throws IOException {
    ExtractedArticle a = extract("001_");
    assertEquals("Momentum tells Owen Smith: come to meet our \u201ctireless\u201d members", a.title());
    assertEquals("LabourList", a.outlet());
    for (String furniture : List.of("Avatar", "More from", "DONATE", "SUBSCRIBE", "donations", "£10 a month", "round-up")) {
      assertFalse(a.body().contains(furniture), () -> "furniture left in the body: " + furniture);
    }
    assertTrue(a.body().startsWith("Momentum has asked Owen Smith"), a.body().substring(0, 40));
    assertQuotes(a, List.of(
        new Expected("come to meet our \u201ctireless\u201d members", "Momentum", "organization", "mixed"),
        new Expected("to come to meet its members", "Momentum", "organization", "indirect"),
        new Expected("it could be banned from Labour", "Owen Smith", "person", "indirect"),
        new Expected("\u201ccompletely inaccurate\u201d", "Momentum", "organization", "mixed"),
        new Expected("there were \u201conly five days\u201d left", "Owen Smith", "person", "mixed"),
        new Expected("many of the concerns held over Momentum", "Owen Smith", "person", "stance"),
        new Expected("they have been subject to abuse", "Centrist MPs", "unknown", "indirect"),
        new Expected("it behaves it campaigns ethically", "Momentum", "organization", "indirect"),
        new Expected("members follow a code of ethics", "Momentum", "organization", "mixed"),
        new Expected("Momentum\u2019s thousands of members", "Momentum", "organization", "direct"),
        new Expected("We\u2019d like to invite Owen", "Momentum", "organization", "direct"),
        new Expected("Momentum could be banned by Labour", "Owen Smith", "person", "indirect"),
        new Expected("if the party\u2019s ruling national executive committee", null, "unknown", "indirect"),
        new Expected("If Momentum continue to carry on", "Owen Smith", "person", "direct")));
    assertEquals(QuotePlace.TITLE, a.quotes().get(0).place(), "the headline's own attributed statement");
    assertEquals("tells", a.quotes().get(0).cue());
    assertEquals("a spokesperson", find(a, "Momentum\u2019s thousands").speaker().mention());
    assertEquals("the leadership challenger", find(a, "it could be banned from Labour").speaker().mention());
    assertTrue(find(a, "to come to meet its members").text().endsWith("members"), "the clause stops before 'after ...'");
    assertEquals("said", find(a, "If Momentum continue").cue(), "the speaker's own cue, not the outlet's credit");
  }

  private static void assertQuotes(ExtractedArticle a, List<Expected> expected) {
    QuotationAssertions.assertWellFormed(a);
    StringBuilder report = new StringBuilder();
    for (Quotation q : a.quotes()) {
      report.append("\n  ").append(q.kind().label()).append(" | ").append(q.speaker().name()).append(" | ").append(q.text());
    }
    assertEquals(expected.size(), a.quotes().size(), "quotation count; got:" + report);
    for (int i = 0; i < expected.size(); i++) {
      Expected e = expected.get(i);
      Quotation q = a.quotes().get(i);
      String where = "quotation " + i + " ('" + e.snippet() + "'); got:" + report;
      assertTrue(q.text().contains(e.snippet()), where);
      assertEquals(e.speaker(), q.speaker().name(), where);
      assertEquals(e.type(), q.speaker().type().label(), where);
      assertEquals(e.kind(), q.kind().label(), where);
    }
  }

  private static void assertNoQuotationContaining(ExtractedArticle a, String words) {
    for (Quotation q : a.quotes()) {
      assertFalse(q.text().equals(words), () -> "'" + words + "' is a term, not a quotation");
    }
  }

  private static Quotation find(ExtractedArticle a, String snippet) {
    return a.quotes().stream().filter(q -> q.text().contains(snippet)).findFirst().orElseThrow(() -> new AssertionError("no quotation with " + snippet));
  }

  private static ExtractedArticle extract(String prefix) throws IOException {
    Path seeds = SharedData.require("seeds");
    try (Stream<Path> files = Files.list(seeds)) {
      Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return EXTRACTOR.extract(RawArticle.text(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
    }
  }
}
