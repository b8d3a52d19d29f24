package org.quotetrail.store;

import java.time.LocalDate;
import java.util.Objects;
import org.quotetrail.model.Quotation;

/**
 * A quotation read back from a store, with the article it appeared in.
 *
 * @param articleId the article's id in the store
 * @param source where the article came from
 * @param url the article's URL, or null
 * @param outlet the publishing outlet, or null
 * @param title the headline, or null
 * @param published the publication date, or null
 * @param ordinal the quotation's position among its article's quotations, from 0
 * @param quotation the quotation itself
 */
public record StoredQuotation(
    long articleId,
    String source,
    String url,
    String outlet,
    String title,
    LocalDate published,
    int ordinal,
    Quotation quotation) {
  public StoredQuotation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(quotation, "quotation");
  }
}
