package org.quotetrail.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads a story-clustering corpus: JSON Lines, one {@link CorpusArticle} a line, in file order. */
public final class StoryCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoryCorpus() {}

  /**
   * The articles of {@code file}.
   *
   * @throws IllegalArgumentException naming the file and line when a line is not a valid article
   */
  public static List<CorpusArticle> read(Path file) {
    List<CorpusArticle> articles = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          articles.add(article(line, file, number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
    return articles;
  }

  private static CorpusArticle article(String line, Path file, int number) {
    try {
      JsonNode node = JSON.readTree(line);
      String date = text(node, "date");
      return new CorpusArticle(required(node, "id"), text(node, "outlet"), date == null ? null : LocalDate.parse(date),
          text(node, "title"), required(node, "text"), required(node, "story"), text(node, "split"));
    } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ":" + number + ": not an article: " + e.getMessage(), e);
    }
  }

  private static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      throw new IllegalArgumentException("no \"" + field + "\"");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
