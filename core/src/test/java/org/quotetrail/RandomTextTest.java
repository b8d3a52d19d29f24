package org.quotetrail;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quotetrail.ingest.RawArticle;

/**
 * Seeded random articles built from quote marks, names, cues and punctuation in odd orders (stray
 * and unbalanced marks, bullets, ellipses): extraction must never fail and must keep its invariants.
 */
class RandomTextTest {
  private static final String[] PIECES = {
    "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00bb ", "\u00ab", "...", "\u2026", ", ", ". ", ": ", "\n", "\n\n",
    "he said", "she told reporters", "they added", "said Owen Smith", "Smith", "a spokesperson for Momentum",
    "according to the Herald", "the group insists", "We will win", "it was not helpful", "Mr. ", "It's", "members'",
    "The council", "who", "that", "and", " ", " ", " "
  };

  @Test
  void randomArticlesKeepTheInvariants() {
    Extractor extractor = Extractor.standard();
    Random random = new Random(20261123L);
    for (int article = 0; article < 500; article++) {
      StringBuilder text = new StringBuilder("Random headline\n");
      int pieces = 5 + random.nextInt(120);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String source = "random-" + article;
      QuotationAssertions.assertWellFormed(extractor.extract(RawArticle.text(source, text.toString())));
    }
  }
}
