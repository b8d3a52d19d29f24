package org.quotetrail.store;

/**
 * Which stored quotations to read; a null criterion selects everything.
 *
 * @param speaker a speaker's canonical name or whole words of it, in any case: "smith" finds "Owen
 *     Smith", "Owen Smith" too, "Smi" does not
 * @param outlet an outlet's name or whole words of it, matched the same way
 */
public record QuotationQuery(String speaker, String outlet) {
  /** Every stored quotation. */
  public static final QuotationQuery ALL = new QuotationQuery(null, null);

  public QuotationQuery {
    speaker = blankToNull(speaker);
    outlet = blankToNull(outlet);
  }

  public QuotationQuery withSpeaker(String name) {
    return new QuotationQuery(name, outlet);
  }

  public QuotationQuery withOutlet(String name) {
    return new QuotationQuery(speaker, name);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
