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

/**
 * Fills stories read for listing with their outlets and main speakers: two queries per page, over
 * the per-story figures that linking keeps ({@link StoryCounts}), so the cost does not grow with
 * the stories' sizes.
 */
final class StorySummaries {
  private static final int MAIN_SPEAKERS = 3;

  private StorySummaries() {}

  static List<StorySummary> fill(Connection connection, List<StorySummary> stories) throws SQLException {
    if (stories.isEmpty()) {
      return stories;
    }
    String ids = stories.stream().map(s -> Long.toString(s.id())).collect(Collectors.joining(","));
    Map<Long, List<String>> outlets = names(connection,
        "SELECT story_id, outlet FROM story_outlets WHERE story_id IN (" + ids + ") ORDER BY 1, 2", Integer.MAX_VALUE);
    Map<Long, List<String>> speakers = names(connection, "SELECT ss.story_id, sp.name, SUM(ss.quotations) AS n"
        + " FROM story_speakers ss JOIN speakers sp ON sp.id = ss.speaker_id"
        + " WHERE ss.story_id IN (" + ids + ") GROUP BY ss.story_id, sp.name ORDER BY 1, n DESC, 2", MAIN_SPEAKERS);
    List<StorySummary> filled = new ArrayList<>();
    for (StorySummary s : stories) {
      filled.add(new StorySummary(s.id(), s.title(), s.firstSeen(), s.lastSeen(), s.articleCount(),
          s.quotationCount(), outlets.getOrDefault(s.id(), List.of()), speakers.getOrDefault(s.id(), List.of())));
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
