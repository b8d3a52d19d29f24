package org.quotetrail.store;

import java.time.LocalDate;
import java.util.List;
import org.quotetrail.model.Quotation;

/**
 * A stored article with what linking needs: its text and its quotations with their ids.
 *
 * @param id the article's id
 * @param source where it came from
 * @param outlet the outlet, or null
 * @param title the headline, or null
 * @param published the publication date, or null
 * @param body the cleaned text
 * @param quotations its quotations, in body order
 */
public record LinkArticle(long id, String source, String outlet, String title, LocalDate published, String body, List<Quote> quotations) {
  public LinkArticle {
    quotations = List.copyOf(quotations);
  }

  /**
   * A quotation of the article with its id in the store.
   *
   * @param id the quotation's id
   * @param quotation the quotation
   */
  public record Quote(long id, Quotation quotation) {}
}
