package org.quotetrail.model;

import java.util.Locale;

/** How a quotation is reported. */
public enum QuoteKind {
  /** The speaker's own words inside quote marks, a sentence or more. */
  DIRECT,
  /** A fragment of the speaker's words in quote marks, embedded in the reporter's sentence. */
  PARTIAL,
  /** Reported speech without quote marks: "Smith said that ...". */
  INDIRECT,
  /** Reported speech that carries some of the speaker's own words in quote marks. */
  MIXED,
  /** A belief or intention stated for a source: "Smith believes ...", "the party wants ...". */
  BELIEF,
  /** An act or stance a learned model found attributed to a source: "Smith rejected the plan", "polls show ...". */
  STANCE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static QuoteKind fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
