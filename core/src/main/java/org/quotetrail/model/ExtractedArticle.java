package org.quotetrail.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of the per-article pipeline: the cleaned article and its attributed quotations. This
 * is what {@code extract} prints and what a store keeps.
 *
 * @param source where the article came from (file path, or WARC file with record offset)
 * @param url the article's URL, or null
 * @param outlet the publishing outlet's name, or null
 * @param title the headline, or null
 * @param byline the author line, or null
 * @param published the publication date, or null
 * @param body the article text after boilerplate removal; paragraphs separated by a blank line
 * @param quotes the quotations: the headline's first (offsets into {@code title}), then the body's in body order
 */
public record ExtractedArticle(
    String source,
    String url,
    String outlet,
    String title,
    String byline,
    LocalDate published,
    String body,
    List<Quotation> quotes) {
  public ExtractedArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    quotes = List.copyOf(quotes);
  }
}
