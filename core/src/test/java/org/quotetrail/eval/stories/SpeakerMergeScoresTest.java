package org.quotetrail.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerMergeScoresTest {
  @TempDir Path dir;

  @Test
  void countsRightAndWrongMergesAcrossArticles() throws Exception {
    Path persons = Files.writeString(dir.resolve("p.jsonl"), String.join("\n",
        "{\"doc\": \"a\", \"instance\": \"P1\", \"mentions\": [{\"text\": \"Ann Lee\"}]}",
        "{\"doc\": \"b\", \"instance\": \"P1\", \"mentions\": [{\"text\": \"Lee\"}, {\"text\": \"Ann Lee\"}]}",
        "{\"doc\": \"c\", \"instance\": \"P2\", \"mentions\": [{\"text\": \"Tom Lee\"}]}"));
    PersonChains gold = PersonChains.read(persons);
    List<SpeakerMergeScores.Unit> units = List.of(
        new SpeakerMergeScores.Unit("a", 1, "Ann Lee"),
        new SpeakerMergeScores.Unit("b", 1, "Ann Lee"),
        new SpeakerMergeScores.Unit("c", 1, "Lee"),
        new SpeakerMergeScores.Unit("c", 2, "Kim Park"));
    SpeakerMergeScores s = SpeakerMergeScores.of(units, gold);
    assertEquals(4, s.units());
    assertEquals(3, s.mapped());
    assertEquals(3, s.merges());
    assertEquals(1, s.rightMerges());
    assertEquals(1.0 / 3, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
  }
}
