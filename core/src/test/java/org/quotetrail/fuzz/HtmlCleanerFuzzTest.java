package org.quotetrail.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.quotetrail.Extractor;
import org.quotetrail.QuotationAssertions;
import org.quotetrail.ingest.RawArticle;

/** Coverage-guided fuzzing of HTML cleaning and extraction: any markup, however broken, must be handled. */
class HtmlCleanerFuzzTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  @FuzzTest(maxDuration = "45s")
  void htmlPages(String html) {
    if (html == null) {
      return;
    }
    RawArticle page = new RawArticle("fuzz.html", RawArticle.Format.HTML, html, null, null);
    QuotationAssertions.assertWellFormed(EXTRACTOR.extract(page));
  }
}
