package org.quotetrail.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gold cross-document coreference of people (ECB+ {@code ecbplus_persons.jsonl}): for each article,
 * the people mentioned in it, each with its corpus-wide instance id and the words of its mentions.
 */
public final class PersonChains {
  /**
   * One person in one article.
   *
   * @param instance the person's id across the corpus: the same id is the same person
   * @param mentions the words of its mentions in the article
   */
  public record Chain(String instance, List<String> mentions) {
    public Chain {
      mentions = List.copyOf(mentions);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, List<Chain>> byArticle;

  private PersonChains(Map<String, List<Chain>> byArticle) {
    this.byArticle = byArticle;
  }

  /** The chains of article {@code id}; none when it has none. */
  public List<Chain> of(String id) {
    return byArticle.getOrDefault(id, List.of());
  }

  /**
   * Reads {@code file}: one JSON object a line with {@code doc}, {@code instance} and {@code
   * mentions} (objects with {@code text}).
   *
   * @throws IllegalArgumentException naming the file and line when a line is not a chain
   */
  public static PersonChains read(Path file) {
    Map<String, List<Chain>> byArticle = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          JsonNode node = JSON.readTree(line);
          if (!node.hasNonNull("doc") || !node.hasNonNull("instance") || !node.has("mentions")) {
            throw new IllegalArgumentException(file + ":" + number + ": not a person chain (needs doc, instance, mentions)");
          }
          List<String> mentions = new ArrayList<>();
          node.get("mentions").forEach(m -> mentions.add(m.path("text").asText()));
          byArticle.computeIfAbsent(node.get("doc").asText(), k -> new ArrayList<>())
              .add(new Chain(node.get("instance").asText(), mentions));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
    return new PersonChains(byArticle);
  }
}
