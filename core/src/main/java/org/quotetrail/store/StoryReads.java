package org.quotetrail.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reads of a story's page, each bounded by one page of the story's articles rather than by
 * the story's size: a story can hold thousands of articles.
 */
final class StoryReads {
  /** Stories of up to this many articles are read whole for their statements' reports. */
  static final int WHOLE_STORY_ARTICLES = 50;

  private final Sql sql;

  StoryReads(Sql sql) {
    this.sql = sql;
  }

  /** A page of story {@code storyId}'s articles, earliest first (undated last), then by id. */
  List<StoryArticle> articles(long storyId, PageRequest page) {
    // The page's ids come from the index on (story_id, seen_on, article_id) alone; then their rows.
    String ids = "SELECT article_id FROM story_articles WHERE story_id = ?"
        + " ORDER BY CASE WHEN seen_on IS NULL THEN 1 ELSE 0 END, seen_on, article_id LIMIT ? OFFSET ?";
    return sql.query("SELECT sa.story_id, a.id, a.source, sa.outlet, a.title, a.published, sa.seen_on"
            + " FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.article_id IN (" + ids + ")"
            + " ORDER BY CASE WHEN sa.seen_on IS NULL THEN 1 ELSE 0 END, sa.seen_on, a.id",
        row -> new StoryArticle(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
            row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class)),
        storyId, page.limit(), page.offset());
  }

  /** The linked quotations of the articles {@code articleIds}, earliest first, at most {@code limit}. */
  List<LinkedQuote> quotationsOf(Collection<Long> articleIds, int limit) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = new ArrayList<>(articleIds);
    parameters.add(limit);
    return sql.query(LinkedQuotes.COLUMNS + " WHERE q.article_id IN (" + Sql.marks(articleIds) + ")" + LinkedQuotes.BY_DATE
        + " LIMIT ?", LinkedQuotes::read, parameters.toArray());
  }

  /** The linked quotations {@code ids}, earliest first. */
  List<LinkedQuote> quotations(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return sql.query(LinkedQuotes.COLUMNS + " WHERE q.id IN (" + Sql.marks(ids) + ")" + LinkedQuotes.BY_DATE,
        LinkedQuotes::read, ids.toArray());
  }

  /**
   * The variant groups among {@code groupIds} reported more than once in story {@code storyId}, the
   * {@code most} most reported with their earliest {@code shown} reports. Every report of the groups
   * is listed by id alone (a story of 10,000 articles holds thousands for one page's statements),
   * and only the reports kept, with the canonical wordings, are read in full.
   */
  ReportedStatements reportedStatements(long storyId, Collection<Long> groupIds, int most, int shown) {
    if (groupIds.isEmpty()) {
      return new ReportedStatements(0, List.of());
    }
    // A small story is read whole and its quotations picked by group; a large one is read from the
    // groups' index, skipping their members in other stories (with a condition on the story, a
    // database walks the whole story, every quotation of thousands of articles).
    boolean small = sql.query("SELECT article_count FROM stories WHERE id = ?", row -> row.getInt(1), storyId)
        .stream().allMatch(count -> count <= WHOLE_STORY_ARTICLES);
    String groups = "(" + Sql.marks(groupIds) + ")";
    List<Object> parameters = new ArrayList<>();
    if (small) {
      parameters.add(storyId);
    }
    parameters.addAll(groupIds);
    Map<Long, List<Long>> reports = new LinkedHashMap<>();
    // Each group's rank by its first report in the story: the rows come earliest first.
    Map<Long, Integer> firstReport = new HashMap<>();
    // From the index on (variant_group_id, article_id, quotation_id) and the stories' small table;
    // an article's quotations are numbered in their order, so quotation_id orders them as ordinal does.
    sql.query("SELECT l.variant_group_id, l.quotation_id, sa.story_id FROM quotation_links l"
            + " JOIN story_articles sa ON sa.article_id = l.article_id WHERE "
            + (small ? "sa.story_id = ? AND " : "") + "l.variant_group_id IN " + groups
            + " ORDER BY CASE WHEN sa.seen_on IS NULL THEN 1 ELSE 0 END, sa.seen_on, l.article_id, l.quotation_id",
        row -> {
          if (row.getLong(3) == storyId) {
            long group = row.getLong(1);
            firstReport.putIfAbsent(group, firstReport.size());
            reports.computeIfAbsent(group, k -> new ArrayList<>()).add(row.getLong(2));
          }
          return null;
        }, parameters.toArray());
    List<Long> reported = reports.keySet().stream().filter(g -> reports.get(g).size() > 1)
        .sorted(Comparator.comparingInt((Long g) -> -reports.get(g).size()).thenComparingInt(firstReport::get)).toList();
    List<Long> shownGroups = reported.subList(0, Math.min(most, reported.size()));
    if (shownGroups.isEmpty()) {
      return new ReportedStatements(reported.size(), List.of());
    }
    Map<Long, Long> canonical = new HashMap<>();
    sql.query("SELECT id, canonical_quotation_id FROM variant_groups WHERE id IN (" + Sql.marks(shownGroups) + ")",
        row -> canonical.put(row.getLong(1), row.getLong(2)), shownGroups.toArray());
    Set<Long> read = new HashSet<>();
    for (long group : shownGroups) {
      List<Long> members = reports.get(group);
      read.addAll(members.subList(0, Math.min(shown, members.size())));
      if (members.contains(canonical.get(group))) {
        read.add(canonical.get(group));
      }
    }
    Map<Long, LinkedQuote> full = new HashMap<>();
    quotations(read).forEach(q -> full.put(q.quotationId(), q));
    List<GroupReports> found = new ArrayList<>();
    for (long group : shownGroups) {
      List<Long> members = reports.get(group);
      List<LinkedQuote> earliest = members.subList(0, Math.min(shown, members.size())).stream().map(full::get).toList();
      LinkedQuote canonicalQuote = full.getOrDefault(canonical.get(group), earliest.get(0));
      found.add(new GroupReports(group, canonicalQuote, members.size(), earliest));
    }
    return new ReportedStatements(reported.size(), found);
  }

  /** The replies whose statement or reply is one of {@code quotationIds}, by reply. */
  List<Reply> replies(Collection<Long> quotationIds) {
    if (quotationIds.isEmpty()) {
      return List.of();
    }
    String marks = Sql.marks(quotationIds);
    List<Object> parameters = new ArrayList<>(quotationIds);
    parameters.addAll(quotationIds);
    return sql.query("SELECT statement_quotation_id, reply_quotation_id FROM replies WHERE reply_quotation_id IN (" + marks
            + ") OR statement_quotation_id IN (" + marks + ") ORDER BY reply_quotation_id",
        row -> new Reply(row.getLong(1), row.getLong(2)), parameters.toArray());
  }
}
