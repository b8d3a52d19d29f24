package org.quotetrail.store;

import java.util.List;
import java.util.Objects;

/**
 * The per-story figures that listing stories reads (migration {@code common/V8}): how many
 * quotations a story holds, how many of its articles each outlet published and how many of its
 * quotations each canonical speaker said. {@link JdbcLinkStore} keeps them up to date as it writes:
 * an article joining or leaving a story adds or takes away its share, a quotation changing speaker
 * moves one quotation. Reading a story's figures then costs a few rows, whatever its size.
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

  /**
   * Moves quotation {@code quotationId} from its current canonical speaker to {@code speakerId} in
   * the counts of its story, if its article is in one; call before writing the new link.
   */
  void relinkQuotation(long quotationId, Long speakerId) {
    List<Long> story = sql.query("SELECT sa.story_id FROM quotations q JOIN story_articles sa ON sa.article_id = q.article_id"
        + " WHERE q.id = ?", row -> row.getLong(1), quotationId);
    if (story.isEmpty()) {
      return;
    }
    List<Long> current = sql.query("SELECT speaker_id FROM quotation_links WHERE quotation_id = ?",
        row -> row.getObject(1) == null ? null : row.getLong(1), quotationId);
    Long before = current.isEmpty() ? null : current.get(0);
    if (Objects.equals(before, speakerId)) {
      return;
    }
    if (before != null) {
      sql.update(ADD_SPEAKER, story.get(0), before, -1);
      sql.update("DELETE FROM story_speakers WHERE story_id = ? AND speaker_id = ? AND quotations <= 0", story.get(0), before);
    }
    if (speakerId != null) {
      sql.update(ADD_SPEAKER, story.get(0), speakerId, 1);
    }
  }
}
