package org.quotetrail.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.quotetrail.Extractor;
import org.quotetrail.QuotationAssertions;
import org.quotetrail.ingest.RawArticle;

/**
 * Coverage-guided fuzzing of the whole per-article pipeline on plain text: no input may make it
 * throw or break the quotation invariants. In an ordinary test run this replays the inputs under
 * {@code src/test/resources/org/quotetrail/fuzz/ExtractorFuzzTestInputs/} (every finding is kept
 * there as a regression test); with {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration}.
 */
class ExtractorFuzzTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  @FuzzTest(maxDuration = "45s")
  void plainTextArticles(String text) {
    if (text == null) {
      return;
    }
    QuotationAssertions.assertWellFormed(EXTRACTOR.extract(RawArticle.text("fuzz.txt", text)));
  }
}
