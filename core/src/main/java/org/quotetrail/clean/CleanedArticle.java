package org.quotetrail.clean;

import java.util.Objects;

/**
 * An article after boilerplate removal.
 *
 * @param metadata headline, byline, outlet, date and URL, where found
 * @param body the article text: paragraphs separated by one blank line, no furniture
 */
public record CleanedArticle(ArticleMetadata metadata, String body) {
  public CleanedArticle {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(body, "body");
  }
}
