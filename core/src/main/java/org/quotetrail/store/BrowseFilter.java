package org.quotetrail.store;

import java.time.LocalDate;

/**
 * What to browse; a null criterion selects everything.
 *
 * @param words words that must all occur in the text searched (the article body, or the quotation),
 *     any case; punctuation is ignored
 * @param speaker a speaker's name or whole words of it, any case, as in {@link QuotationQuery}
 * @param outlet an outlet's name or whole words of it, any case
 * @param from the earliest publication date, inclusive; undated articles are then left out
 * @param to the latest publication date, inclusive; undated articles are then left out
 */
public record BrowseFilter(String words, String speaker, String outlet, LocalDate from, LocalDate to) {
  /** Everything. */
  public static final BrowseFilter ALL = new BrowseFilter(null, null, null, null, null);

  public BrowseFilter {
    words = blankToNull(words);
    speaker = blankToNull(speaker);
    outlet = blankToNull(outlet);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
