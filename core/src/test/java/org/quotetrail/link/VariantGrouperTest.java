package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quotetrail.model.QuoteKind;

class VariantGrouperTest {
  @Test
  void aVerbatimWordingBeatsReportedSpeech() {
    assertTrue(VariantGrouper.fuller("We will reopen it.", QuoteKind.DIRECT, "they would reopen it", QuoteKind.INDIRECT));
    assertFalse(VariantGrouper.fuller("they would reopen it", QuoteKind.INDIRECT, "We will reopen it.", QuoteKind.DIRECT));
  }

  @Test
  void theFullStatementBeatsTheFirstReportsPart() {
    assertTrue(VariantGrouper.fuller("Nobody will move. Every plot stays.", QuoteKind.DIRECT, "Nobody will move.", QuoteKind.DIRECT));
  }

  @Test
  void anotherWordingOfTheSameKindDoesNotReplaceTheFirst() {
    assertFalse(VariantGrouper.fuller("We are going to reopen the bridge soon.", QuoteKind.DIRECT, "We will reopen the bridge.", QuoteKind.DIRECT));
  }
}
