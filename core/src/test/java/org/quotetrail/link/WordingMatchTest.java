package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordingMatchTest {
  private static boolean same(String a, String b) {
    return WordingMatch.sameStatement(Words.of(a), Words.of(b));
  }

  @Test
  void smallEditsAreOneStatement() {
    assertTrue(same("We will build the bridge in the spring, whatever the council decides about its cost,",
        "We’re going to build the bridge in spring whatever the council decides about the cost"));
  }

  @Test
  void aShorteningIsOneStatement() {
    assertTrue(same("Nobody is going to lose their allotment.",
        "Nobody is going to lose their allotment. Every plot will be moved to the new site and we have put that in writing"));
  }

  @Test
  void reportedSpeechThatKeepsTheWordsIsOneStatement() {
    assertTrue(same("nobody would lose their allotment and that every plot would be moved to the new site",
        "Nobody is going to lose their allotment. Every plot will be moved to the new site."));
  }

  @Test
  void differentStatementsStayApart() {
    assertFalse(same("We will build the bridge in the spring.", "The bridge is a waste of money and the council knows it."));
    assertFalse(same("not helpful", "not true"));
  }

  @Test
  void shortFragmentsMatchOnlyWordForWord() {
    assertTrue(same("misleading tenants", "“misleading tenants”"));
    assertFalse(same("misleading tenants", "misleading tenants about the plan and more"));
  }
}
