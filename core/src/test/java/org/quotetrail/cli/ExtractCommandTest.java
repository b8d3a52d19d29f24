package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract}'s filters: the kinds and the least confidence of the quotations printed. */
class ExtractCommandTest {
  private static final String ARTICLE = String.join("\n",
      "Harbour wall to be rebuilt",
      "",
      "\u201cWe will rebuild the wall before winter,\u201d said Dana Whitlock, the chair of the harbour board.",
      "",
      "Residents of Quarry Lane have lobbied the council for a pedestrian crossing outside the primary school since a"
          + " child was hurt there in March.",
      "");

  @TempDir Path dir;

  private List<String> kinds(String... options) throws IOException {
    Path file = dir.resolve("article.txt");
    Files.writeString(file, ARTICLE);
    List<String> args = new ArrayList<>(List.of("extract"));
    args.addAll(List.of(options));
    args.add(file.toString());
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    assertEquals(0, run.status(), run.err());
    List<String> kinds = new ArrayList<>();
    for (JsonNode q : new ObjectMapper().readTree(run.out()).path("quotes")) {
      kinds.add(q.path("kind").asText() + " " + q.path("confidence").asDouble());
    }
    return kinds;
  }

  @Test
  void everyQuotationWithoutFilters() throws IOException {
    assertEquals(List.of("direct 0.95", "stance 0.5"), kinds());
  }

  @Test
  void onlyTheKindsAsked() throws IOException {
    assertEquals(List.of("direct 0.95"), kinds("--kind", "direct,indirect,mixed,partial"));
    assertEquals(List.of("stance 0.5"), kinds("--kind", "stance"));
  }

  @Test
  void onlyAtLeastTheConfidenceAsked() throws IOException {
    assertEquals(List.of("direct 0.95"), kinds("--min-confidence", "0.6"));
    assertEquals(List.of("direct 0.95", "stance 0.5"), kinds("--min-confidence", "0.5"));
  }

  @Test
  void anUnknownKindIsRefusedInOneLine() throws IOException {
    Path file = dir.resolve("article.txt");
    Files.writeString(file, ARTICLE);
    CommandRun run = CommandRun.of("extract", "--kind", "quip", file.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("--kind: no kind 'quip'; the kinds are direct, partial, indirect, mixed, belief, stance"),
        run.err());
  }
}
