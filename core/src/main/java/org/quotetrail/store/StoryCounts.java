package org.quotetrail.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-story figures that listing stories reads (migration {@code common/V8}): how many
 * quotations a story holds, how many of its articles each outlet published and how many of its
 * quotations each canonical speaker said. {@link JdbcLinkStore} keeps them up to date as it writes:
 * an article joining or leaving a story adds or takes away its share, and its quotations, as they
 * are linked, add to their speakers'. Reading a story's figures then costs a few rows, whatever its size.
 */
final class StoryCounts {
  private static final String ADD_OUTLET = "INSERT INTO story_outlets (story_id, outlet, articles)"
      + " SELECT ?, outlet, ? FROM story_articles WHERE article_id = ? AND outlet IS NOT NULL"
      + " ON CONFLICT (story_id, outlet) DO UPDATE SET articles = story_outlets.articles + excluded.articles";
  private static final String ADD_SPEAKERS = "INSERT INTO story_speakers (story_id, speaker_id, quotations)"
      + " SELECT ?, l.speaker_id, ? * COUNT(*) FROM quotation_links l JOIN quotations q ON q.id = l.quotation_id"
      + " WHERE q.article_id = ? AND l.speaker_id IS NOT NULL GROUP BY l.speaker_id"
      + " ON CONFLICT (story_id, speaker_id) DO UPDATE SET quotations = story_speakers.quotations + excluded.quotations";
  private static final String ADD_SPEAKER = "INSERT INTO story_speakers (story_id, speaker_id, quotations) VALUES (?, ?, ?)"
      + " ON CONFLICT (story_id, speaker_id) DO UPDATE SET quotations = story_speakers.quotations + excluded.quotations";

  private final Sql sql;

  StoryCounts(Sql sql) {
    this.sql = sql;
  }

  /** Counts article {@code articleId} (already in {@code story_articles}) in story {@code storyId}. */
  void addArticle(long articleId, long storyId) {
    countArticle(articleId, storyId, 1);
  }

  /** Takes article {@code articleId}'s share out of story {@code storyId}, before it leaves it. */
  void removeArticle(long articleId, long storyId) {
    countArticle(articleId, storyId, -1);
    sql.update("DELETE FROM story_outlets WHERE story_id = ? AND articles <= 0", storyId);
    sql.update("DELETE FROM story_speakers WHERE story_id = ? AND quotations <= 0", storyId);
  }

  private void countArticle(long articleId, long storyId, int sign) {
    sql.update("UPDATE stories SET quotation_count = quotation_count + ? * (SELECT COUNT(*) FROM quotations WHERE article_id = ?)"
        + " WHERE id = ?", sign, articleId, storyId);
    sql.update(ADD_OUTLET, storyId, sign, articleId);
    sql.update(ADD_SPEAKERS, storyId, sign, articleId);
  }

  /** Counts newly linked quotations of story {@code storyId}'s articles for their speakers: one upsert per speaker. */
  void addQuotations(long storyId, List<QuotationLink> links) {
    Map<Long, Integer> perSpeaker = new LinkedHashMap<>();
    for (QuotationLink link : links) {
      if (link.speakerId() != null) {
        perSpeaker.merge(link.speakerId(), 1, Integer::sum);
      }
    }
    sql.batch(ADD_SPEAKER, perSpeaker.entrySet().stream()
        .map(e -> new Object[] {storyId, e.getKey(), e.getValue()})
        .toList());
  }
}
