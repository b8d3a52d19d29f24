package org.quotetrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quotetrail.Extractor;
import org.quotetrail.bench.CorpusGenerator;
import org.quotetrail.bench.LinkBenchmark;

/** The per-story figures that linking keeps agree with the link tables, after linking and merging. */
class StoryCountsTest {
  @RegisterExtension final TestStores stores = new TestStores();

  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  void figuresAgreeWithTheLinkTables(Backend backend) throws SQLException {
    String location = stores.location(backend);
    try (Store store = Store.open(location)) {
      new LinkBenchmark(Extractor.standard(), new CorpusGenerator(7), 4).run(store, 40, 40);
      assertFiguresAgree(location);
      LinkStore links = store.links();
      List<StoryRecord> stories = links.stories();
      assertTrue(stories.size() > 2, "linking made several stories");
      long from = stories.get(0).id();
      long to = stories.get(1).id();
      links.inTransaction(() -> {
        // As a merge does: every article of one story into another, then the empty one goes.
        links.moveArticles(links.storyProfiles(from).keySet(), to);
        links.deleteStory(from);
        return null;
      });
      assertFiguresAgree(location);
    }
  }

  /** The kept figures equal the ones counted from the link tables. */
  private static void assertFiguresAgree(String location) throws SQLException {
    try (Connection connection = TestStores.connect(location)) {
      assertEquals(rows(connection, "SELECT s.id, (SELECT COUNT(*) FROM story_articles sa JOIN quotations q"
              + " ON q.article_id = sa.article_id WHERE sa.story_id = s.id) FROM stories s ORDER BY 1"),
          rows(connection, "SELECT id, quotation_count FROM stories ORDER BY 1"));
      assertEquals(rows(connection, "SELECT story_id, outlet, COUNT(*) FROM story_articles WHERE outlet IS NOT NULL"
              + " GROUP BY story_id, outlet ORDER BY 1, 2"),
          rows(connection, "SELECT story_id, outlet, articles FROM story_outlets ORDER BY 1, 2"));
      assertEquals(rows(connection, "SELECT sa.story_id, l.speaker_id, COUNT(*) FROM story_articles sa"
              + " JOIN quotations q ON q.article_id = sa.article_id JOIN quotation_links l ON l.quotation_id = q.id"
              + " WHERE l.speaker_id IS NOT NULL GROUP BY sa.story_id, l.speaker_id ORDER BY 1, 2"),
          rows(connection, "SELECT story_id, speaker_id, quotations FROM story_speakers ORDER BY 1, 2"));
    }
  }

  /** The rows of {@code sql}, each its columns' text, each followed by "|". */
  static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
          row.append(result.getString(c)).append('|');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
