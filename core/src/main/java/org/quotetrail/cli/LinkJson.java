package org.quotetrail.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.quotetrail.json.ArticleJson;
import org.quotetrail.link.StoryView;
import org.quotetrail.link.VariantGroupView;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.SpeakerRecord;
import org.quotetrail.store.StoryArticle;

/** The JSON forms of stories, variant groups, speakers and linked quotations; field names are a contract (docs/linking.md). */
final class LinkJson {
  private LinkJson() {}

  static ObjectNode story(StoryView s) {
    ObjectNode node = ArticleJson.MAPPER.createObjectNode();
    node.put("id", s.id());
    node.put("title", s.title());
    node.put("first_seen", date(s.firstSeen()));
    ArrayNode articles = node.putArray("articles");
    for (StoryArticle a : s.articles()) {
      ObjectNode article = articles.addObject();
      article.put("source", a.source());
      article.put("outlet", a.outlet());
      article.put("title", a.title());
      article.put("published", date(a.published()));
    }
    ArrayNode speakers = node.putArray("speakers");
    s.speakers().forEach(speakers::add);
    return node;
  }

  static ObjectNode variants(VariantGroupView g) {
    ObjectNode node = ArticleJson.MAPPER.createObjectNode();
    node.put("speaker", g.speaker());
    node.put("canonical", g.canonical());
    ArrayNode variants = node.putArray("variants");
    for (VariantGroupView.Variant v : g.variants()) {
      ObjectNode variant = variants.addObject();
      variant.put("text", v.text());
      variant.put("outlet", v.outlet());
      variant.put("source", v.source());
      variant.put("credited_to", v.creditedTo());
      variant.put("diff", v.diff());
    }
    node.put("first_reported_by", g.firstReportedBy());
    return node;
  }

  static ObjectNode speaker(SpeakerRecord s, List<LinkedQuote> quotations) {
    ObjectNode node = ArticleJson.MAPPER.createObjectNode();
    node.put("id", s.id());
    node.put("name", s.name());
    node.put("type", s.type());
    ArrayNode aliases = node.putArray("aliases");
    s.aliases().forEach(aliases::add);
    ArrayNode quotes = node.putArray("quotations");
    quotations.forEach(q -> quotes.add(quotation(q)));
    return node;
  }

  static ObjectNode quotation(LinkedQuote q) {
    ObjectNode node = ArticleJson.MAPPER.createObjectNode();
    node.put("id", q.quotationId());
    node.put("story", q.storyId());
    node.put("source", q.source());
    node.put("outlet", q.outlet());
    node.put("date", date(q.seenOn()));
    node.put("speaker", q.speakerName());
    node.put("kind", q.kind());
    node.put("text", q.text());
    node.put("variant_group", q.groupId());
    node.put("credited_to", q.creditedTo());
    return node;
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
