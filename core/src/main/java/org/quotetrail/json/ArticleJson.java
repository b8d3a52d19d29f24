package org.quotetrail.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;

/**
 * The JSON form of an extracted article, as {@code extract} prints it. Field names are a public
 * contract that other tools read: change them only with a new format version.
 */
public final class ArticleJson {
  /** Shared, thread-safe mapper. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  public static ObjectNode article(ExtractedArticle article) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("source", article.source());
    node.put("url", article.url());
    node.put("outlet", article.outlet());
    node.put("title", article.title());
    node.put("byline", article.byline());
    node.put("published", article.published() == null ? null : article.published().toString());
    node.put("body", article.body());
    ArrayNode quotes = node.putArray("quotes");
    for (Quotation q : article.quotes()) {
      quotes.add(quotation(q));
    }
    return node;
  }

  public static ObjectNode quotation(Quotation q) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("text", q.text());
    node.put("begin", q.begin());
    node.put("end", q.end());
    node.put("place", q.place().label());
    node.put("kind", q.kind().label());
    node.put("cue", q.cue());
    node.set("speaker", speaker(q.speaker()));
    node.put("confidence", Math.round(q.confidence() * 100) / 100.0);
    node.put("evidence", q.evidence());
    if (q.split()) {
      ArrayNode parts = node.putArray("parts");
      q.parts().forEach(p -> parts.addArray().add(p.begin()).add(p.end()));
    }
    return node;
  }

  public static ObjectNode speaker(Speaker s) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", s.name());
    node.put("type", s.type().label());
    node.put("mention", s.mention());
    node.put("role", s.role());
    return node;
  }
}
