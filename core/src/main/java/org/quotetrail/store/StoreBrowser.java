package org.quotetrail.store;

import java.util.Collection;
import java.util.List;
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

  /**
   * The linked stories whose articles {@code filter} selects (words in a body, an outlet, a quoted
   * speaker) and whose dates overlap its range, latest first (by their last article).
   */
  ResultPage<StorySummary> stories(BrowseFilter filter, PageRequest page);

  /** Story {@code id} summarised, or empty when there is none. */
  Optional<StorySummary> story(long id);

  /** A page of story {@code storyId}'s articles, earliest first (undated last), then by id. */
  List<StoryArticle> storyArticles(long storyId, PageRequest page);

  /** The linked quotations of the articles {@code articleIds}, earliest first, at most {@code limit}. */
  List<LinkedQuote> articleQuotations(Collection<Long> articleIds, int limit);

  /** The linked quotations {@code ids}, earliest first. */
  List<LinkedQuote> linkedQuotations(Collection<Long> ids);

  /**
   * The variant groups among {@code groupIds} with more than one report in story {@code storyId}:
   * how many, and the {@code most} most reported, each with its number of reports there and the
   * earliest {@code shown} of them. Only the reports of those are read in full.
   */
  ReportedStatements reportedStatements(long storyId, Collection<Long> groupIds, int most, int shown);

  /** The replies whose statement or reply is one of {@code quotationIds}. */
  List<Reply> replies(Collection<Long> quotationIds);

  /** The article {@code id} with its body and quotations, or empty when there is none. */
  Optional<ArticleDetail> article(long id);
}
