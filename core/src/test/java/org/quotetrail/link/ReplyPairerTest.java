package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotetrail.store.LinkedQuote;

class ReplyPairerTest {
  private static LinkedQuote quote(long id, long article, long speaker, String name, long group, String text) {
    return new LinkedQuote(id, article, 1, "a" + article + ".txt", null, null, null, 0, text, "direct", speaker, name, group, null);
  }

  private final LinkedQuote bridge = quote(1, 1, 10, "Ann Lee", 100, "The Ferry Trust has misled everyone about the bridge.");
  private final LinkedQuote other = quote(2, 1, 10, "Ann Lee", 101, "The repairs will take eighteen months.");
  private final LinkedQuote bridgeAgain = quote(3, 2, 10, "Ann Lee", 100, "The Ferry Trust misled everyone about the bridge.");
  private final LinkedQuote reply = quote(4, 2, 20, "Ferry Trust", 102, "Ann Lee's comments are completely wrong.");
  private final Map<Long, List<String>> names = Map.of(10L, List.of("Ann Lee", "Lee"), 20L, List.of("Ferry Trust"));

  @Test
  void rebuttalsAreWholeWordsInAnyAsciiCase() {
    for (String text : List.of("That is NOT TRUE.", "She Denies it", "they denied it", "We DENY this", "a Misconception",
        "completely wrong", "we disagree", "It refuted nothing")) {
      assertTrue(ReplyPairer.rebuts(text), text);
    }
    for (String text : List.of("President Biden spoke", "the evidence is sudden", "he disagreed", "a wrongful claim",
        "undeniable", "not  true", "nottrue", "WRONGLY", "")) {
      assertFalse(ReplyPairer.rebuts(text), text);
    }
  }

  @Test
  void aRebuttalNamingTheSpeakerAnswersTheStatementAboutTheReplier() {
    List<LinkedQuote> story = List.of(bridge, other, bridgeAgain, reply);
    assertEquals(bridgeAgain, ReplyPairer.answered(reply, story, names).orElseThrow());
  }

  @Test
  void withoutARebuttalOrANameThereIsNoReply() {
    LinkedQuote praise = quote(5, 2, 20, "Ferry Trust", 103, "Ann Lee has been a great help.");
    LinkedQuote unnamed = quote(6, 2, 20, "Ferry Trust", 104, "That is completely wrong.");
    assertTrue(ReplyPairer.answered(praise, List.of(bridge, praise), names).isEmpty());
    assertTrue(ReplyPairer.answered(unnamed, List.of(bridge, unnamed), names).isEmpty());
  }

  @Test
  void aReplyAnswersOnlyEarlierStatements() {
    assertTrue(ReplyPairer.answered(reply, List.of(reply, bridge), names).isEmpty());
  }
}
