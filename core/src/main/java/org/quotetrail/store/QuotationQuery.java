package org.quotetrail.store;

import org.quotetrail.model.QuotationFilter;

/**
 * Which stored quotations to read; a null criterion selects everything.
 *
 * @param speaker a speaker's canonical name or whole words of it, in any case: "smith" finds "Owen
 *     Smith", "Owen Smith" too, "Smi" does not
 * @param outlet an outlet's name or whole words of it, matched the same way
 * @param filter the kinds and least confidence kept
 */
public record QuotationQuery(String speaker, String outlet, QuotationFilter filter) {
  /** Every stored quotation. */
  public static final QuotationQuery ALL = new QuotationQuery(null, null);

  public QuotationQuery {
    speaker = blankToNull(speaker);
    outlet = blankToNull(outlet);
    filter = filter == null ? QuotationFilter.ALL : filter;
  }

  /** A speaker's or an outlet's quotations of every kind. */
  public QuotationQuery(String speaker, String outlet) {
    this(speaker, outlet, QuotationFilter.ALL);
  }

  public QuotationQuery withSpeaker(String name) {
    return new QuotationQuery(name, outlet, filter);
  }

  public QuotationQuery withOutlet(String name) {
    return new QuotationQuery(speaker, name, filter);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
