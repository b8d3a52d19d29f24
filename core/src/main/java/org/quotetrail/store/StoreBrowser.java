package org.quotetrail.store;

import java.util.Optional;

/**
 * Read-only queries for browsing a store page by page: articles and quotations newest first,
 * filtered by date, outlet, speaker and words of their text, and one article with its quotations.
 * Nothing here writes.
 */
public interface StoreBrowser {
  /** The articles {@code filter} selects (its words matched in the body), newest first, undated last. */
  ResultPage<ArticleSummary> articles(BrowseFilter filter, PageRequest page);

  /** The quotations {@code filter} selects (its words matched in the quotation), newest first, then by position. */
  ResultPage<FoundQuotation> quotations(BrowseFilter filter, PageRequest page);

  /** The article {@code id} with its body and quotations, or empty when there is none. */
  Optional<ArticleDetail> article(long id);
}
