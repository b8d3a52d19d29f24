package org.quotetrail.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryCorpusTest {
  @TempDir Path dir;

  @Test
  void readsArticlesInFileOrder() throws Exception {
    Path file = Files.writeString(dir.resolve("c.jsonl"),
        "{\"id\": \"1_1\", \"outlet\": null, \"date\": null, \"title\": null, \"text\": \"Bridge shut.\", \"story\": \"1_a\", \"split\": \"dev\"}\n"
            + "{\"id\": \"1_2\", \"outlet\": \"post.example\", \"date\": \"2013-06-13\", \"title\": \"T\", \"text\": \"Bridge open.\", \"story\": \"1_b\"}\n");
    List<CorpusArticle> articles = StoryCorpus.read(file);
    assertEquals(2, articles.size());
    assertNull(articles.get(0).date());
    assertEquals(LocalDate.of(2013, 6, 13), articles.get(1).date());
    assertEquals("1_b", articles.get(1).story());
  }

  @Test
  void aBadLineIsNamed() throws Exception {
    Path file = Files.writeString(dir.resolve("c.jsonl"), "{\"id\": \"1\", \"text\": \"x\", \"story\": \"s\"}\n{\"id\": \"2\"}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoryCorpus.read(file));
    assertEquals(file + ":2: not an article: no \"text\"", e.getMessage());
  }
}
