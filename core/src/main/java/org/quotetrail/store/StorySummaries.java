package org.quotetrail.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Fills stories read for listing with their outlets, quotation counts and main speakers: three queries per page. */
final class StorySummaries {
  private static final int MAIN_SPEAKERS = 3;

  private StorySummaries() {}

  static List<StorySummary> fill(Connection connection, List<StorySummary> stories) throws SQLException {
    if (stories.isEmpty()) {
      return stories;
    }
    String ids = stories.stream().map(s -> Long.toString(s.id())).collect(Collectors.joining(","));
    Map<Long, List<String>> outlets = names(connection, "SELECT DISTINCT sa.story_id, COALESCE(sa.outlet, a.outlet)"
        + " FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id IN (" + ids + ")"
        + " AND COALESCE(sa.outlet, a.outlet) IS NOT NULL ORDER BY 1, 2", Integer.MAX_VALUE);
    Map<Long, List<String>> speakers = names(connection, "SELECT sa.story_id, sp.name, COUNT(*) AS n"
        + " FROM story_articles sa JOIN quotations q ON q.article_id = sa.article_id"
        + " JOIN quotation_links l ON l.quotation_id = q.id JOIN speakers sp ON sp.id = l.speaker_id"
        + " WHERE sa.story_id IN (" + ids + ") GROUP BY sa.story_id, sp.name ORDER BY 1, n DESC, 2", MAIN_SPEAKERS);
    Map<Long, Integer> counts = new HashMap<>();
    String count = "SELECT sa.story_id, COUNT(*) FROM story_articles sa JOIN quotations q ON q.article_id = sa.article_id"
        + " WHERE sa.story_id IN (" + ids + ") GROUP BY sa.story_id";
    try (PreparedStatement select = connection.prepareStatement(count); ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        counts.put(rows.getLong(1), rows.getInt(2));
      }
    }
    List<StorySummary> filled = new ArrayList<>();
    for (StorySummary s : stories) {
      filled.add(new StorySummary(s.id(), s.title(), s.firstSeen(), s.lastSeen(), s.articleCount(),
          counts.getOrDefault(s.id(), 0), outlets.getOrDefault(s.id(), List.of()), speakers.getOrDefault(s.id(), List.of())));
    }
    return filled;
  }

  /** The names in column 2 of {@code sql}'s rows by the story id in column 1, at most {@code limit} each. */
  private static Map<Long, List<String>> names(Connection connection, String sql, int limit) throws SQLException {
    Map<Long, List<String>> names = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        List<String> list = names.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>());
        if (list.size() < limit) {
          list.add(rows.getString(2));
        }
      }
    }
    return names;
  }
}
