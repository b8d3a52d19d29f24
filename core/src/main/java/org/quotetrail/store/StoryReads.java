package org.quotetrail.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** The reports in story {@code storyId} of each of {@code groupIds}, the earliest {@code shown} of each listed. */
  List<GroupReports> groupReports(long storyId, Collection<Long> groupIds, int shown) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    Map<Long, List<LinkedQuote>> earliest = new LinkedHashMap<>();
    Map<Long, Integer> counts = new LinkedHashMap<>();
    // A small story is read whole and its quotations picked by group; a large one is read from the
    // groups' index, skipping their members in other stories (with a condition on the story, a
    // database walks the whole story, every quotation of thousands of articles).
    boolean small = sql.query("SELECT article_count FROM stories WHERE id = ?", row -> row.getInt(1), storyId)
        .stream().allMatch(count -> count <= WHOLE_STORY_ARTICLES);
    String groups = "(" + Sql.marks(groupIds) + ")";
    String members = small ? " WHERE sa.story_id = ? AND l.variant_group_id IN " + groups
        : " WHERE q.id IN (SELECT quotation_id FROM quotation_links WHERE variant_group_id IN " + groups + ")";
    List<Object> parameters = new ArrayList<>();
    if (small) {
      parameters.add(storyId);
    }
    parameters.addAll(groupIds);
    String order = " ORDER BY l.variant_group_id, " + LinkedQuotes.BY_DATE.substring(" ORDER BY ".length());
    for (LinkedQuote q : sql.query(LinkedQuotes.COLUMNS + members + order, LinkedQuotes::read, parameters.toArray())) {
      if (q.storyId() == storyId) {
        List<LinkedQuote> list = earliest.computeIfAbsent(q.groupId(), k -> new ArrayList<>());
        if (list.size() < shown) {
          list.add(q);
        }
        counts.merge(q.groupId(), 1, Integer::sum);
      }
    }
    if (earliest.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> canonical = new LinkedHashMap<>();
    sql.query("SELECT id, canonical_quotation_id FROM variant_groups WHERE id IN (" + Sql.marks(earliest.keySet()) + ")",
        row -> canonical.put(row.getLong(1), row.getLong(2)), earliest.keySet().toArray());
    List<GroupReports> reports = new ArrayList<>();
    earliest.forEach((group, list) -> reports.add(new GroupReports(group, canonical.get(group), counts.get(group), list)));
    return reports;
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
