package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.QuotePlace;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.store.LinkArticle;
import org.quotetrail.text.Span;

class CreditFinderTest {
  private static LinkArticle article(String body, String quoted, String speaker, String cue) {
    int begin = body.indexOf(quoted);
    Quotation q = new Quotation(quoted, begin, begin + quoted.length(), QuoteKind.DIRECT, cue,
        new Speaker(speaker, SpeakerType.PERSON, speaker, null), 0.9, "test");
    return new LinkArticle(1, "a.txt", null, null, null, body, List.of(new LinkArticle.Quote(7, q)));
  }

  @Test
  void aCreditAfterTheQuoteIsTheQuotes() {
    LinkArticle a = article("He said: “We will build the bridge”, The Harbour Mirror reported.", "We will build the bridge", "Ann Lee", "said");
    assertEquals(List.of(new CreditFinder.Credit(7L, "The Harbour Mirror", "The Harbour Mirror reported")), CreditFinder.credits(a, null));
  }

  @Test
  void aHeadlineQuotationIsNotTheQuotationOfACreditInTheBody() {
    // Its offsets index the title: in body offsets it would seem to stand just before the credit.
    String title = "Lee: We will build the bridge";
    Quotation q = new Quotation("We will build the bridge", 5, 29, QuoteKind.INDIRECT, ":",
        new Speaker("Ann Lee", SpeakerType.PERSON, "Lee", null), 0.8, "headline", List.of(new Span(5, 29)), QuotePlace.TITLE);
    LinkArticle a = new LinkArticle(1, "a.txt", null, title, null, "Crowds gathered. The Harbour Mirror reported the vote.",
        List.of(new LinkArticle.Quote(7, q)));
    assertEquals(List.of(new CreditFinder.Credit(null, "The Harbour Mirror", "The Harbour Mirror reported")),
        CreditFinder.credits(a, null));
  }

  @Test
  void aLowerCaseTheIsLeftOut() {
    LinkArticle a = article("“We will build it,” Lee said, the Dunmore Gazette reported.", "We will build it,", "Ann Lee", "said");
    assertEquals("Dunmore Gazette", CreditFinder.credits(a, null).get(0).outlet());
  }

  @Test
  void toldAnotherOutletIsACreditButNotTheArticlesOwn() {
    LinkArticle a = article("“It is over,” Lee told Harbour-News.com. Lee told the Dunmore Post more.", "It is over,", "Ann Lee", "told Harbour-News.com");
    List<CreditFinder.Credit> credits = CreditFinder.credits(a, "The Dunmore Post");
    assertEquals(1, credits.size());
    assertEquals(new CreditFinder.Credit(7L, "Harbour-News.com", "told Harbour-News.com"), credits.get(0));
  }

  @Test
  void accordingToAnOutletIsACreditOfTheArticle() {
    LinkArticle a = article("The bridge will close, according to Reuters. “Fine,” Lee said.", "Fine,", "Ann Lee", "said");
    assertEquals(List.of(new CreditFinder.Credit(null, "Reuters", "according to Reuters")), CreditFinder.credits(a, null));
  }

  @Test
  void peopleAndInstitutesAreNotOutlets() {
    assertTrue(CreditFinder.isOutlet("Politics.co.uk"));
    assertTrue(CreditFinder.isOutlet("The Mirror"));
    assertFalse(CreditFinder.isOutlet("Tidewater Marine Institute"));
    assertFalse(CreditFinder.isOutlet("Ann Lee"));
  }

  @Test
  void theOutletMostOftenToldIsTheArticlesOwn() {
    String body = "Lee told the Dunmore Post it was over. Kim told the Dunmore Post so. They told the Harbour Mirror otherwise.";
    assertEquals(Optional.of("Dunmore Post"), CreditFinder.ownOutlet(body));
    assertEquals(Optional.empty(), CreditFinder.ownOutlet("Lee told reporters it was over."));
  }

  @Test
  void namesOfOneOutletMatch() {
    assertTrue(CreditFinder.sameOutlet("the Courier", "Westmarch Courier"));
    assertFalse(CreditFinder.sameOutlet("The Mirror", "Westmarch Courier"));
  }

  @Test
  void creditsAreWhatAScanOfTheWholeBodyFinds() {
    List<String> bodies = new java.util.ArrayList<>(List.of(
        "The Harbour Mirror reported it. Then the Callow Gazette has reported more, and Reuters reports and reported again.",
        "Sky News Harbour Desk Online Edition Today reported it; the BBC had revealed it; Lee reported.",
        "reported at the start. The Courier reports reported reports. A B C D E F G reported.",
        "No credit here at all, only lower-case words reported by nobody."));
    org.quotetrail.bench.CorpusGenerator generator = new org.quotetrail.bench.CorpusGenerator(3);
    for (int i = 0; i < 50; i++) {
      bodies.add(generator.article(i).content());
    }
    // Word salad dense in names, verbs and the words between them, where matches crowd and overlap.
    List<String> vocabulary = List.of("the", "The", "Harbour", "Mirror", "Callow", "Gazette", "Reports", "reported", "reports",
        "revealed", "has", "had", "said", "and", "A", "Lee", "Politics.co.uk", ",", ".", "\n", "\t", "told", "retold",
        "according", "to", "according to");
    java.util.Random random = new java.util.Random(5);
    for (int i = 0; i < 300; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = random.nextInt(80); w > 0; w--) {
        body.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(random.nextInt(4) == 0 ? "  " : " ");
      }
      bodies.add(body.toString());
    }
    int credits = 0;
    for (String body : bodies) {
      List<String> scanned = CreditFinder.REPORTED.matcher(body).results().map(m -> m.start() + ":" + m.group()).toList();
      assertEquals(scanned, CreditFinder.reportedCredits(body).stream().map(m -> m.start() + ":" + m.group()).toList());
      credits += scanned.size();
      for (CreditFinder.Opening opening : List.of(CreditFinder.ACCORDING, CreditFinder.TOLD)) {
        List<String> all = opening.pattern().matcher(body).results().map(m -> m.start() + ":" + m.group()).toList();
        assertEquals(all, opening.matches(body).stream().map(m -> m.start() + ":" + m.group()).toList());
        credits += all.size();
      }
    }
    assertTrue(credits > 500, "the bodies hold credits to compare: " + credits);
  }
}
