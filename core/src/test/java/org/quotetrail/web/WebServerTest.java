package org.quotetrail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.store.Backend;

/** The server over the sample corpus, on each backend: the API's JSON, paging, errors, escaping and limits. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebServerTest {
  @Parameter Backend backend;
  @TempDir static Path folder;
  private static SampleSite site;
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeParameterizedClassInvocation
  void start() throws IOException {
    site = SampleSite.start(folder, backend);
  }

  @AfterParameterizedClassInvocation
  void stop() throws SQLException {
    if (site != null) {
      site.close();
      site = null;
    }
  }

  @Test
  void articlesComeNewestFirstPageByPageWithTotals() throws Exception {
    JsonNode first = json("/api/articles?limit=2");
    assertEquals(6, first.get("total").asInt());
    assertEquals(2, first.get("items").size());
    assertEquals("2025-05-03", first.get("items").get(0).get("published").asText());
    JsonNode second = json("/api/articles?limit=2&offset=2");
    assertTrue(first.get("items").get(1).get("published").asText()
        .compareTo(second.get("items").get(0).get("published").asText()) >= 0);
    JsonNode item = second.get("items").get(0);
    for (String field : new String[] {"id", "source", "url", "outlet", "title", "published", "quotation_count", "main_speakers"}) {
      assertTrue(item.has(field), field);
    }
  }

  @Test
  void storiesComeLatestFirstWithOutletsSpeakersAndCounts() throws Exception {
    JsonNode stories = json("/api/stories");
    assertTrue(stories.get("total").asInt() >= 2, stories.toString());
    JsonNode quayside = null;
    for (JsonNode story : stories.get("items")) {
      if (story.get("title").asText().startsWith("Council leader accuses")) {
        quayside = story;
      }
    }
    assertTrue(quayside != null, stories.toString());
    assertEquals(3, quayside.get("article_count").asInt());
    assertTrue(quayside.get("outlets").toString().contains("The Callow Gazette"));
    assertEquals("Marcus Penhallow", quayside.get("main_speakers").get(0).asText());
    assertEquals(1, json("/api/stories?q=seagrass+meadow").get("total").asInt());
    assertEquals(0, json("/api/stories?from=2026-01-01").get("total").asInt());
  }

  @Test
  void aStoryHasItsArticlesQuotationsVariantsAndReplies() throws Exception {
    long id = json("/api/stories?speaker=marcus+penhallow").get("items").get(0).get("id").asLong();
    JsonNode story = json("/api/stories/" + id);
    assertEquals(3, story.get("articles").size());
    JsonNode forcedOut = null;
    for (JsonNode group : story.get("variants")) {
      if (group.get("canonical_text").asText().startsWith("Nobody is going to be forced out")) {
        forcedOut = group;
      }
    }
    assertTrue(forcedOut != null && forcedOut.get("quotation_ids").size() >= 2, story.get("variants").toString());
    assertTrue(forcedOut.get("first_reported_by").asText().startsWith("The Callow Gazette"));
    assertEquals(forcedOut.get("quotation_ids").size(), forcedOut.get("report_count").asInt());
    assertEquals(story.get("variants").size(), story.get("variant_count").asInt(), "fewer than 30: all of them");
    assertFalse(story.get("replies").isEmpty());
    assertFalse(story.get("quotes_truncated").asBoolean());
    assertEquals(404, get("/api/stories/999999").statusCode());
  }

  @Test
  void aStorysArticlesComePageByPageWithTheVariantsOfTheWholeStory() throws Exception {
    long id = json("/api/stories?speaker=marcus+penhallow").get("items").get(0).get("id").asLong();
    JsonNode whole = json("/api/stories/" + id);
    JsonNode second = json("/api/stories/" + id + "?limit=1&offset=1");
    assertEquals(1, second.get("limit").asInt());
    assertEquals(1, second.get("offset").asInt());
    assertEquals(3, second.get("story").get("article_count").asInt());
    assertEquals(whole.get("articles").get(1), second.get("articles").get(0));
    long article = second.get("articles").get(0).get("id").asLong();
    for (JsonNode quote : second.get("quotes")) {
      assertEquals(article, quote.get("article_id").asLong(), "only the page's articles' quotations");
    }
    Set<Long> pageQuotes = new HashSet<>();
    second.get("quotes").forEach(q -> pageQuotes.add(q.get("id").asLong()));
    Map<String, JsonNode> wholeGroups = new HashMap<>();
    whole.get("variants").forEach(g -> wholeGroups.put(g.get("canonical_text").asText(), g));
    assertFalse(second.get("variants").isEmpty(), second.toString());
    for (JsonNode group : second.get("variants")) {
      // A statement of the page, with its reports in the whole story (the first may be on page one).
      List<Long> reports = new ArrayList<>();
      group.get("quotation_ids").forEach(q -> reports.add(q.asLong()));
      assertTrue(reports.stream().anyMatch(pageQuotes::contains), group.toString());
      assertEquals(wholeGroups.get(group.get("canonical_text").asText()), group);
    }
    assertEquals(400, get("/api/stories/" + id + "?limit=0").statusCode());
  }

  @Test
  void articlesFilterByOutletSpeakerAndDate() throws Exception {
    JsonNode gazette = json("/api/articles?outlet=callow+gazette");
    assertEquals(1, gazette.get("total").asInt());
    JsonNode penhallow = json("/api/articles?speaker=marcus+penhallow&from=2025-03-15&to=2025-03-31");
    assertTrue(penhallow.get("total").asInt() >= 1);
    penhallow.get("items").forEach(a -> assertTrue(a.get("published").asText().compareTo("2025-03-15") >= 0));
  }

  @Test
  void anArticleHasItsBodyAndQuotationsWithOffsets() throws Exception {
    long id = json("/api/articles?outlet=callow+gazette").get("items").get(0).get("id").asLong();
    JsonNode article = json("/api/articles/" + id);
    String body = article.get("body").asText();
    JsonNode quote = null;
    for (JsonNode q : article.get("quotes")) {
      if (quote == null && q.get("place").asText().equals("body")) {
        quote = q; // the headline's own statement comes first, with offsets into the title
      }
    }
    assertTrue(quote != null, article.toString());
    assertTrue(body.substring(quote.get("begin").asInt(), quote.get("end").asInt()).startsWith(
        quote.get("text").asText().substring(0, 10)));
    assertTrue(quote.get("speaker").has("name"));
    assertTrue(quote.has("confidence") && quote.has("evidence") && quote.has("cue") && quote.has("kind"));
  }

  @Test
  void quotationsByKindAndConfidence() throws Exception {
    JsonNode stances = json("/api/quotes?kind=stance&limit=100");
    assertTrue(stances.get("total").asInt() > 0, stances.toString());
    stances.get("items").forEach(q -> assertEquals("stance", q.get("quote").get("kind").asText()));
    JsonNode said = json("/api/quotes?kind=direct,indirect&limit=100");
    said.get("items").forEach(q -> assertTrue(Set.of("direct", "indirect").contains(q.get("quote").get("kind").asText())));
    JsonNode sure = json("/api/quotes?min_confidence=0.9&limit=100");
    assertTrue(sure.get("total").asInt() > 0 && sure.get("total").asInt() < json("/api/quotes").get("total").asInt());
    sure.get("items").forEach(q -> assertTrue(q.get("quote").get("confidence").asDouble() >= 0.9));
    assertEquals(400, get("/api/quotes?kind=quip").statusCode());
    assertEquals(400, get("/api/quotes?min_confidence=2").statusCode());
  }

  @Test
  void theSearchPageFiltersQuotationsByKindAndConfidence() throws Exception {
    String all = get("/search?q=council").body();
    assertTrue(all.contains(" · indirect · ") && all.contains(" · direct · "), "both kinds without a filter");
    String direct = get("/search?q=council&kind=direct&min_confidence=0.8").body();
    assertTrue(direct.contains(" · direct · "), direct);
    for (QuoteKind other : QuoteKind.values()) {
      if (other != QuoteKind.DIRECT) {
        assertFalse(direct.contains(" · " + other.label() + " · "), other.label() + " quotation shown under kind=direct");
      }
    }
    assertTrue(direct.contains("<option value=\"direct\" selected=\"selected\">"), "the chosen kind stays selected");
    assertTrue(direct.contains("name=\"min_confidence\"") && direct.contains("value=\"0.8\""), "the least confidence stays filled");
    String said = get("/search?q=council&kind=direct,partial,indirect,mixed").body();
    assertTrue(said.contains("<option value=\"direct,partial,indirect,mixed\" selected=\"selected\">what was said</option>"), said);
    assertFalse(said.contains(" · stance · ") || said.contains(" · belief · "), "no beliefs or acts under what was said");
  }

  @Test
  void searchFindsWordsInArticlesAndQuotations() throws Exception {
    JsonNode found = json("/api/search?q=SOCIAL+rent");
    assertTrue(found.get("articles").get("total").asInt() >= 2);
    found.get("quotes").get("items").forEach(q -> assertTrue(q.get("quote").get("text").asText().toLowerCase().contains("social rent")));
    assertEquals(0, json("/api/search?q=%22+OR+NEAR").get("quotes").get("total").asInt());
  }

  @Test
  void aSpeakersWordingsOfOneStatementAreCollapsed() throws Exception {
    JsonNode speaker = json("/api/speaker?name=Marcus+Penhallow");
    JsonNode forcedOut = null;
    for (JsonNode statement : speaker.get("items")) {
      if (statement.get("text").asText().startsWith("Nobody is going to be forced out")) {
        forcedOut = statement;
      }
    }
    assertTrue(forcedOut != null && forcedOut.get("report_count").asInt() >= 2, speaker.toString());
    assertEquals("The Callow Gazette", forcedOut.get("first_reported_by").asText());
  }

  @Test
  void hostileTextComesBackAsTextInJsonAndEscapedInPages() throws Exception {
    JsonNode hostile = json("/api/articles?q=harbour+board").get("items").get(0);
    assertEquals(SampleSite.HOSTILE_TITLE, hostile.get("title").asText());
    HttpResponse<String> page = get("/articles/" + hostile.get("id").asLong());
    assertFalse(page.body().contains("<script>"), "no script element from article text");
    assertFalse(page.body().contains("<img"), "no img element from article text");
    assertTrue(page.body().contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
  }

  @Test
  void badRequestsAreRefusedNamingTheParameter() throws Exception {
    HttpResponse<String> tooMany = get("/api/quotes?limit=1000");
    assertEquals(400, tooMany.statusCode());
    assertTrue(JSON.readTree(tooMany.body()).get("error").asText().contains("limit"));
    assertEquals(400, get("/api/articles?from=yesterday").statusCode());
    assertEquals(404, get("/api/articles/999999").statusCode());
    assertEquals(400, get("/api/articles/abc").statusCode());
    assertEquals(400, get("/api/search?q=" + "a".repeat(300)).statusCode());
  }

  @Test
  void staticFilesComeOnlyFromTheirFolderAndNothingIsWritable() throws Exception {
    assertEquals(200, get("/static/quotetrail.css").statusCode());
    assertEquals(404, get("/static/../WebServer.class").statusCode());
    int encoded = get("/static/%2e%2e/%2e%2e/store/Store.class").statusCode();
    assertTrue(encoded == 400 || encoded == 404, "status " + encoded);
    // A client of its own: Jetty closes the connection after refusing the encoded path, and a POST is not retried.
    HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<String> post = fresh.send(HttpRequest.newBuilder(URI.create(site.base + "/api/articles"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(post.statusCode() == 404 || post.statusCode() == 405, "status " + post.statusCode());
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(site.base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
