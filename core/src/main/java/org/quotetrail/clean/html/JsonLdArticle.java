package org.quotetrail.clean.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article object of a page's JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting} and kin), found in any {@code <script type="application/ld+json">}, at the top,
 * in a list or in an {@code @graph}.
 */
final class JsonLdArticle {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
      "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting",
      "liveblogposting", "techarticle", "scholarlyarticle", "report", "webpage");

  private final JsonNode node;

  private JsonLdArticle(JsonNode node) {
    this.node = node;
  }

  /** The page's article object; a web page object counts only when no article object is there. */
  static Optional<JsonLdArticle> in(Document page) {
    List<JsonNode> found = new ArrayList<>();
    for (Element script : page.getElementsByTag("script")) {
      if (!script.attr("type").equalsIgnoreCase("application/ld+json")) {
        continue;
      }
      try {
        collect(JSON.readTree(script.data()), found);
      } catch (JsonProcessingException e) {
        // Broken structured data is common; the page's meta tags and text remain.
      }
    }
    return found.stream().filter(n -> !isType(n, "webpage")).findFirst()
        .or(() -> found.stream().findFirst())
        .map(JsonLdArticle::new);
  }

  private static void collect(JsonNode node, List<JsonNode> found) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, found));
      return;
    }
    if (node.has("@graph")) {
      collect(node.get("@graph"), found);
    }
    if (ARTICLE_TYPES.stream().anyMatch(t -> isType(node, t))) {
      found.add(node);
    }
  }

  private static boolean isType(JsonNode node, String type) {
    JsonNode t = node.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode each : t) {
        if (each.asText().equalsIgnoreCase(type)) {
          return true;
        }
      }
      return false;
    }
    return t.asText().equalsIgnoreCase(type);
  }

  String headline() {
    return text(node.get("headline")).or(() -> text(node.get("name"))).orElse(null);
  }

  String datePublished() {
    return text(node.get("datePublished")).or(() -> text(node.get("dateCreated"))).orElse(null);
  }

  String url() {
    return text(node.get("url")).or(() -> text(node.get("mainEntityOfPage"))).orElse(null);
  }

  /** The authors' names joined with " and "; organisations count when no person is named. */
  String authors() {
    List<String> names = new ArrayList<>();
    JsonNode author = node.get("author");
    if (author != null) {
      (author.isArray() ? author : JSON.createArrayNode().add(author)).forEach(a -> text(a).ifPresent(names::add));
    }
    return names.isEmpty() ? null : String.join(" and ", names);
  }

  String publisher() {
    return text(node.get("publisher")).orElse(null);
  }

  String articleBody() {
    return text(node.get("articleBody")).orElse(null);
  }

  /** A value as text: a string, or an object's {@code name} or {@code @id}. */
  private static Optional<String> text(JsonNode value) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isArray()) {
      return value.isEmpty() ? Optional.empty() : text(value.get(0));
    }
    if (value.isObject()) {
      return text(value.has("name") ? value.get("name") : value.get("@id"));
    }
    String s = value.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
