package org.quotetrail.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MojibakeTest {
  @Test
  void repairsUtf8ReadAsWindows1252() {
    assertEquals("don\u2019t \u201cyes\u201d caf\u00e9 \u2014 na\u00efve", Mojibake.repair(
        "don\u00e2\u20ac\u2122t \u00e2\u20ac\u0153yes\u00e2\u20ac\u009d caf\u00c3\u00a9 \u00e2\u20ac\u201d na\u00c3\u00afve"));
  }

  @Test
  void leavesRealLatinTextAlone() {
    String portuguese = "A S\u00c3O PAULO \u00c3 noite, Jo\u00c3o";
    assertEquals(portuguese, Mojibake.repair(portuguese));
    String plain = "nothing to repair here";
    assertSame(plain, Mojibake.repair(plain));
  }

  @Test
  void repairsOnlyTheLeadingSequenceOfALongerRun() {
    assertEquals("\u00e9\u00b0", Mojibake.repair("\u00c3\u00a9\u00b0"));
  }
}
