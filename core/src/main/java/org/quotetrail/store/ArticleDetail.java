package org.quotetrail.store;

import java.time.LocalDate;
import java.util.List;
import org.quotetrail.model.Quotation;

/**
 * A stored article with its text and quotations.
 *
 * @param id the article's id
 * @param source where it came from
 * @param url its URL, or null
 * @param outlet its outlet, or null
 * @param title its headline, or null
 * @param byline its byline, or null
 * @param published its publication date, or null
 * @param body the cleaned text
 * @param quotations its quotations in body order
 */
public record ArticleDetail(
    long id, String source, String url, String outlet, String title, String byline, LocalDate published, String body,
    List<Quote> quotations) {
  public ArticleDetail {
    quotations = List.copyOf(quotations);
  }

  /**
   * A quotation of the article with its id in the store.
   *
   * @param id the quotation's id
   * @param ordinal its position among the article's quotations, from 0
   * @param quotation the quotation
   */
  public record Quote(long id, int ordinal, Quotation quotation) {}
}
