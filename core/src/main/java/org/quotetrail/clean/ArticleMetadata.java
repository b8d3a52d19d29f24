package org.quotetrail.clean;

import java.time.LocalDate;

/**
 * What cleaning finds about an article besides its body; any field may be null.
 *
 * @param title the headline
 * @param byline the author line
 * @param outlet the publishing site's name
 * @param published the publication date
 * @param url the canonical URL
 */
public record ArticleMetadata(String title, String byline, String outlet, LocalDate published, String url) {
  public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null);
}
