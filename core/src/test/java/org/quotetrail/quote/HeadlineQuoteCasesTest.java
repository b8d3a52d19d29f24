package org.quotetrail.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotetrail.Extractor;
import org.quotetrail.QuotationAssertions;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.QuotePlace;

/**
 * Attributed statements in the headline, on our own short texts. Columns: the headline, then the
 * expected headline quotations as "kind:speaker:[cue]:text" (empty for none). Every article has the
 * same body, which names "Ada Brink" and the "Port Callow Council".
 */
class HeadlineQuoteCasesTest {
  private static final Extractor EXTRACTOR = Extractor.standard();
  private static final String BODY = "Ada Brink chairs the harbour board of Port Callow. The Port Callow Council met on Monday"
      + " to discuss the bridge, which closed in March.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Brink: \u2018We will reopen the bridge\u2019      # direct:Ada Brink:[:]:We will reopen the bridge
      Brink: Bridge will reopen by spring.              # indirect:Ada Brink:[:]:Bridge will reopen by spring
      Ada Brink says bridge will reopen by spring       # indirect:Ada Brink:[says]:bridge will reopen by spring
      Brink tells Ferry Users: the bridge will reopen   # indirect:Ada Brink:[tells]:the bridge will reopen
      Brink Warns Bridge Will Stay Shut Until May       # indirect:Ada Brink:[Warns]:Bridge Will Stay Shut Until May
      Brink: Council Has \u2018Let Down\u2019 the Port  # mixed:Ada Brink:[:]:Council Has \u2018Let Down\u2019 the Port
      \u201cWe will reopen the bridge,\u201d Brink says   # direct:Ada Brink:[says]:We will reopen the bridge,
      Port Callow Council: bridge repairs will take a year # indirect:Port Callow Council:[:]:bridge repairs will take a year
      Harbour Chief Ada Brink: bridge will reopen       # indirect:Ada Brink:[:]:bridge will reopen
      Brink to ferry users: the bridge will reopen      # indirect:Ada Brink:[:]:the bridge will reopen
      The Latest: Brink says the bridge will reopen     # indirect:Ada Brink:[says]:the bridge will reopen
      Bridge: what happens next                         #
      Analysis: Brink has the votes to reopen it        #
      Watch: Brink visits the bridge                    #
      Brink: what happens to the bridge now?            #
      Callow Harbour Poll: the bridge should reopen     #
      BREAKING: bridge will reopen                      #
      Poll: most ferry users want the bridge reopened   # indirect:null:[:]:most ferry users want the bridge reopened
      AP: bridge repairs to cost twice the estimate     # indirect:null:[:]:bridge repairs to cost twice the estimate
      Dr. Tomas Vell: the bridge is safe to cross       # indirect:Tomas Vell:[:]:the bridge is safe to cross
      Quarry Lane: the road that time forgot            #
      Brink visits the bridge                           #
      Brink Hits Back: \u2018The bridge will reopen.\u2019  # direct:Ada Brink:[:]:The bridge will reopen.
      A lesson from Ada Brink: 'Never close a bridge twice.' # direct:Ada Brink:[:]:Never close a bridge twice.
      Quarry Lane residents answer: \u2018We were never asked.\u2019 # direct:null:[:]:We were never asked.
      Brink Hits Back: The bridge will reopen           #
      Harbour judge rejects request to reopen the bridge # indirect:null:[rejects]:request to reopen the bridge
      Ferry users' union endorses Brink for the council # indirect:null:[endorses]:Brink for the council
      New Poll Shows Big Lead For Brink In Callow       # stance:null:[Shows]:Big Lead For Brink In Callow
      Bridge Will Reopen By Spring, Former Harbour Engineer Says # indirect:null:[Says]:Bridge Will Reopen By Spring
      Brink Fears Bridge Will Stay Shut                 # belief:Ada Brink:[Fears]:Bridge Will Stay Shut
      Ada Brink Just Revealed Her Plan For The Bridge    # indirect:Ada Brink:[Just Revealed]:Her Plan For The Bridge
      Brink to call for a new bridge across the harbour # indirect:Ada Brink:[to call]:for a new bridge across the harbour
      Harbour pilots vow to block the quay sale         # indirect:null:[vow]:to block the quay sale
      Brink and allies push for a new sea wall          # stance:null:[push]:for a new sea wall
      Brink swipes at the council over the bridge       # stance:Ada Brink:[swipes]:at the council over the bridge
      After the vote, Brink targets the council's budget # stance:Ada Brink:[targets]:the council's budget
      Callow's favorite shows return in March           #
      Why Brink's attacks on the council could backfire #
      """)
  void headline(String title, String expected) {
    ExtractedArticle article = EXTRACTOR.extract(RawArticle.text("headline", title.strip() + "\n" + BODY));
    QuotationAssertions.assertWellFormed(article);
    String got = article.quotes().stream().filter(Quotation::inTitle).map(HeadlineQuoteCasesTest::describe)
        .collect(Collectors.joining(" ; "));
    assertEquals(expected == null ? "" : expected.strip(), got, title);
  }

  @Test
  void aHeadlineActIsPlacedInTheTitleWhateverItsSpaces() {
    String title = " Harbour judge  rejects   request to reopen the bridge";
    Quotation act = new HeadlineQuoteStage(org.quotetrail.lexicon.Lexicon.english()).find(title, java.util.List.of()).orElseThrow();
    assertEquals("request to reopen the bridge", title.substring(act.begin(), act.end()));
    assertEquals("rejects", act.cue());
    assertEquals("Harbour judge", act.speaker().mention());
  }

  @Test
  void aHeadlineQuotationIndexesTheTitleAndComesFirst() {
    ExtractedArticle article = EXTRACTOR.extract(RawArticle.text("headline",
        "Brink: Bridge will reopen by spring\n\"We are nearly there,\" Ada Brink said on Monday."));
    assertEquals(2, article.quotes().size());
    Quotation headline = article.quotes().get(0);
    assertEquals(QuotePlace.TITLE, headline.place());
    assertEquals("Bridge will reopen by spring", article.title().substring(headline.begin(), headline.end()));
    assertEquals(":", headline.cue());
    assertTrue(headline.evidence().startsWith("headline"), headline.evidence());
    assertEquals(QuotePlace.BODY, article.quotes().get(1).place());
  }

  private static String describe(Quotation q) {
    return q.kind().label() + ":" + q.speaker().name() + ":[" + q.cue() + "]:" + q.text();
  }
}
