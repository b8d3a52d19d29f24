package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.Extractor;
import org.quotetrail.text.Span;

/** The extractor's predictions placed in the original text, headline quotations by the title line. */
class ExtractorSourceTest {
  @Test
  void aHeadlineQuotationIsPlacedInTheTitleLineOfTheOriginal() {
    // The body repeats the headline's words: a headline quotation must map to the title, not to them.
    String original = "  Brink:  Bridge will reopen by spring\n\nAda Brink said on Monday that the bridge will reopen by spring."
        + "\n\nBridge will reopen by spring, the board hopes.\n";
    List<Prediction> predicted = new ExtractorSource(Extractor.standard()).predict(new PolnearArticle("a", original, List.of(), 0));
    Prediction headline = predicted.get(0);
    assertEquals("Bridge will reopen by spring", headline.text());
    int at = original.indexOf("Bridge will reopen by spring");
    assertEquals(new Span(at, at + "Bridge will reopen by spring".length()), headline.span());
    assertEquals(":", headline.cue());
  }
}
