package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quotetrail.model.QuoteKind;

class VariantGrouperTest {
  @Test
  void aVerbatimWordingBeatsReportedSpeech() {
    assertTrue(VariantGrouper.fuller(Words.of("We will reopen it."), QuoteKind.DIRECT, Words.of("they would reopen it"), QuoteKind.INDIRECT));
    assertFalse(VariantGrouper.fuller(Words.of("they would reopen it"), QuoteKind.INDIRECT, Words.of("We will reopen it."), QuoteKind.DIRECT));
  }

  @Test
  void theFullStatementBeatsTheFirstReportsPart() {
    assertTrue(VariantGrouper.fuller(Words.of("Nobody will move. Every plot stays."), QuoteKind.DIRECT, Words.of("Nobody will move."), QuoteKind.DIRECT));
  }

  @Test
  void anotherWordingOfTheSameKindDoesNotReplaceTheFirst() {
    assertFalse(VariantGrouper.fuller(Words.of("We are going to reopen the bridge soon."), QuoteKind.DIRECT, Words.of("We will reopen the bridge."), QuoteKind.DIRECT));
  }
}
