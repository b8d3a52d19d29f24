package org.quotetrail.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.PageRequest;
import org.quotetrail.store.ReportedStatements;
import org.quotetrail.store.Reply;
import org.quotetrail.store.StoreBrowser;
import org.quotetrail.store.StoryArticle;
import org.quotetrail.store.Store;
import org.quotetrail.store.StorySummary;

/**
 * What a story's page and its API answer show, read from the link tables, for one page of the
 * story's articles: a story can grow to thousands of articles, so everything here is bounded by
 * the page, not by the story.
 *
 * @param summary the story
 * @param page which of its articles are shown (earliest first)
 * @param articles those articles, earliest first
 * @param quotations their linked quotations, earliest first (at most {@link #MAX_QUOTATIONS})
 * @param groups the most reported (at most {@link #MAX_STATEMENTS}) of the statements of those quotations
 *     reported more than once in the story, earliest first
 * @param statementCount how many statements of those quotations the story reports more than once
 * @param replies the replies drawn by those quotations or given by them, each with both statements
 */
record StoryData(StorySummary summary, PageRequest page, List<StoryArticle> articles, List<LinkedQuote> quotations,
    List<Group> groups, int statementCount, List<Exchange> replies) {
  /**
   * A statement reported more than once in the story.
   *
   * @param canonical its canonical wording
   * @param members its earliest reports, earliest first (at most {@link #MAX_REPORTS})
   * @param reportCount how many reports of it the story holds
   */
  record Group(LinkedQuote canonical, List<LinkedQuote> members, int reportCount) {}

  /** A statement and the reply it drew. */
  record Exchange(LinkedQuote statement, LinkedQuote reply) {}

  /** The most quotations a page reads: those of its articles, earliest first. */
  static final int MAX_QUOTATIONS = 500;
  /** The most reports of one statement read, the earliest. */
  static final int MAX_REPORTS = 20;
  /** The most statements read, the most reported. */
  static final int MAX_STATEMENTS = 30;

  private static final Comparator<LinkedQuote> EARLIEST =
      Comparator.comparing(LinkedQuote::seenOn, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(LinkedQuote::articleId).thenComparingInt(LinkedQuote::begin);

  /** Whether the quotations of the page's articles were cut at {@link #MAX_QUOTATIONS}. */
  boolean quotationsTruncated() {
    return quotations.size() >= MAX_QUOTATIONS;
  }

  /** Page {@code page} of story {@code id} from {@code store}, or empty when there is no such story. */
  static Optional<StoryData> read(Store store, long id, PageRequest page) {
    StoreBrowser browser = store.browser();
    Optional<StorySummary> summary = browser.story(id);
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    List<StoryArticle> articles = browser.storyArticles(id, page);
    List<LinkedQuote> quotations = browser.articleQuotations(articles.stream().map(StoryArticle::articleId).toList(),
        MAX_QUOTATIONS);
    Set<Long> groupIds = new TreeSet<>();
    quotations.stream().map(LinkedQuote::groupId).filter(Objects::nonNull).forEach(groupIds::add);
    ReportedStatements statements = browser.reportedStatements(id, groupIds, MAX_STATEMENTS, MAX_REPORTS);
    List<Group> groups = statements.mostReported().stream()
        .map(g -> new Group(g.canonical(), g.earliest(), g.reportCount()))
        .sorted(Comparator.comparing(g -> g.members().get(0), EARLIEST)).toList();
    return Optional.of(new StoryData(summary.get(), page, articles, quotations, groups, statements.count(),
        exchanges(browser, quotations)));
  }

  /** The replies touching {@code quotations}, with the other side read when it is not among them. */
  private static List<Exchange> exchanges(StoreBrowser browser, List<LinkedQuote> quotations) {
    Map<Long, LinkedQuote> byId = new LinkedHashMap<>();
    quotations.forEach(q -> byId.put(q.quotationId(), q));
    List<Reply> replies = browser.replies(byId.keySet());
    Set<Long> missing = new TreeSet<>();
    replies.forEach(r -> List.of(r.statementId(), r.replyId()).stream().filter(q -> !byId.containsKey(q)).forEach(missing::add));
    browser.linkedQuotations(missing).forEach(q -> byId.put(q.quotationId(), q));
    return replies.stream().filter(r -> byId.containsKey(r.statementId()) && byId.containsKey(r.replyId()))
        .map(r -> new Exchange(byId.get(r.statementId()), byId.get(r.replyId()))).toList();
  }
}
