package org.quotetrail.store;

import java.time.LocalDate;
import java.util.List;

/**
 * An article for listing: its metadata, how many quotations it holds and who is quoted most.
 *
 * @param id the article's id
 * @param source where it came from
 * @param url its URL, or null
 * @param outlet its outlet, or null
 * @param title its headline, or null
 * @param published its publication date, or null
 * @param quotationCount how many quotations it holds
 * @param mainSpeakers the names of its most quoted speakers, most quoted first (at most three)
 */
public record ArticleSummary(
    long id, String source, String url, String outlet, String title, LocalDate published, int quotationCount,
    List<String> mainSpeakers) {
  public ArticleSummary {
    mainSpeakers = List.copyOf(mainSpeakers);
  }
}
