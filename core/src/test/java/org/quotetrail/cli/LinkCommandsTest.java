package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link commands on the sample corpus: their JSON fields and plain output. */
class LinkCommandsTest {
  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void ingestSamples() {
    db = dir.resolve("samples.db").toString();
    CommandRun run = CommandRun.of("ingest", Path.of("..", "samples").toString(), "--db", db);
    assertEquals(0, run.status(), run.err());
  }

  private static JsonNode json(String... args) throws Exception {
    CommandRun run = CommandRun.of(args);
    assertEquals(0, run.status(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void storiesListsArticlesAndSpeakers() throws Exception {
    JsonNode stories = json("stories", "--format", "json", "--db", db);
    assertEquals(2, stories.size());
    assertEquals(List.of("id", "title", "first_seen", "articles", "speakers"), fields(stories.get(0)));
    assertEquals(List.of("source", "outlet", "title", "published"), fields(stories.get(0).get("articles").get(0)));
    assertEquals("2025-03-14", stories.get(0).get("first_seen").asText());
  }

  @Test
  void variantsOfASpeakerHaveDiffsAndProvenance() throws Exception {
    JsonNode groups = json("variants", "--speaker", "Marcus Penhallow", "--format", "json", "--db", db);
    assertTrue(groups.size() >= 1);
    JsonNode group = groups.get(0);
    assertEquals(List.of("speaker", "canonical", "variants", "first_reported_by"), fields(group));
    assertEquals(List.of("text", "outlet", "source", "credited_to", "diff"), fields(group.get("variants").get(0)));
    assertEquals("Marcus Penhallow", group.get("speaker").asText());
  }

  @Test
  void storyAndSpeakerPrintTables() {
    CommandRun story = CommandRun.of("story", "1", "--db", db);
    assertEquals(0, story.status(), story.err());
    assertTrue(story.out().contains("replies"), story.out());
    CommandRun speaker = CommandRun.of("speaker", "Threlfall", "--db", db);
    assertEquals(0, speaker.status(), speaker.err());
    assertTrue(speaker.out().startsWith("Imogen Threlfall (person"), speaker.out());
  }

  @Test
  void anUnknownStoryIsOneLine() {
    CommandRun run = CommandRun.of("story", "999", "--db", db);
    assertEquals(2, run.status());
    assertTrue(run.err().contains("has no story 999"), run.err());
  }
}
