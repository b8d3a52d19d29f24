package org.quotetrail.store;

import java.time.LocalDate;
import org.quotetrail.model.QuotationFilter;

/**
 * What to browse; a null criterion selects everything.
 *
 * @param words words that must all occur in the text searched (the article body, or the quotation),
 *     any case; punctuation is ignored
 * @param speaker a speaker's name or whole words of it, any case, as in {@link QuotationQuery}
 * @param outlet an outlet's name or whole words of it, any case
 * @param from the earliest publication date, inclusive; undated articles are then left out
 * @param to the latest publication date, inclusive; undated articles are then left out
 * @param quotations the kinds and least confidence of the quotations listed (quotation lists only)
 */
public record BrowseFilter(String words, String speaker, String outlet, LocalDate from, LocalDate to, QuotationFilter quotations) {
  /** Everything. */
  public static final BrowseFilter ALL = new BrowseFilter(null, null, null, null, null);

  public BrowseFilter {
    words = blankToNull(words);
    speaker = blankToNull(speaker);
    outlet = blankToNull(outlet);
    quotations = quotations == null ? QuotationFilter.ALL : quotations;
  }

  /** A filter on words, names and dates, with quotations of every kind. */
  public BrowseFilter(String words, String speaker, String outlet, LocalDate from, LocalDate to) {
    this(words, speaker, outlet, from, to, QuotationFilter.ALL);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
