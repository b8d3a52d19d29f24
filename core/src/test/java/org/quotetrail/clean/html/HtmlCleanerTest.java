package org.quotetrail.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quotetrail.clean.CleanedArticle;
import org.quotetrail.ingest.RawArticle;

class HtmlCleanerTest {
  private static final String P1 = "The harbour board voted on Monday to close the old ferry pier, ending a service that ran for ninety years.";
  private static final String P2 = "Residents who crowded into the meeting hall said the decision came without warning and asked for a delay.";
  private static final String P3 = "The board chair said repairs would have cost more than the pier earns in a decade, and that buses would replace the ferry.";

  private static final String PAGE = """
      <html><head><title>Pier to close | Harbour Times</title>
      <meta property="og:site_name" content="Harbour Times">
      <meta property="og:title" content="Old ferry pier to close">
      <link rel="canonical" href="https://harbour.example/news/pier">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebPage","name":"Pier page"},
        {"@type":"NewsArticle","headline":"Harbour board closes the old ferry pier",
         "author":[{"@type":"Person","name":"Mara Quill"}],"datePublished":"2023-06-12T08:00:00+01:00"}]}</script>
      </head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
      <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
      <div class="page"><article>
        <h1>Harbour board closes the old ferry pier</h1>
        <div class="byline">By Mara Quill</div>
        <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
        <p>%s</p><p>%s</p>
        <h2>What happens next</h2>
        <blockquote>We were never asked, not once, about the pier our grandparents built with their own hands.</blockquote>
        <ul><li>Buses start on the first of July.</li><li>The pier closes on the last day of June.</li></ul>
        <p>%s</p>
        <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Ferry fares rise again this spring for all island passengers</a></li></ul></div>
      </article>
      <section id="comments"><p>I think the board is right about this and the people who complain never used the ferry anyway.</p></section>
      </div>
      <footer><p>Copyright 2023 Harbour Times. All rights reserved.</p></footer>
      </body></html>
      """.formatted(P1, P2, P3);

  private final HtmlCleaner cleaner = new HtmlCleaner();

  private CleanedArticle clean(String html) {
    return cleaner.clean(new RawArticle("page.html", RawArticle.Format.HTML, html, null, null));
  }

  @Test
  void keepsTheArticlesBlocksAsParagraphs() {
    String body = clean(PAGE).body();
    assertEquals(P1 + "\n\n" + P2 + "\n\nWhat happens next\n\n"
        + "We were never asked, not once, about the pier our grandparents built with their own hands.\n\n"
        + "Buses start on the first of July.\n\nThe pier closes on the last day of June.\n\n" + P3, body);
  }

  @Test
  void dropsNavigationCookiesSharingCommentsRelatedAndFooter() {
    String body = clean(PAGE).body();
    for (String furniture : new String[] {"Home", "cookies", "Facebook", "Ferry fares", "I think the board", "Copyright", "By Mara"}) {
      assertFalse(body.contains(furniture), furniture);
    }
  }

  @Test
  void takesMetadataFromJsonLdAndMetaTags() {
    CleanedArticle article = clean(PAGE);
    assertEquals("Harbour board closes the old ferry pier", article.metadata().title());
    assertEquals("Mara Quill", article.metadata().byline());
    assertEquals("Harbour Times", article.metadata().outlet());
    assertEquals(LocalDate.of(2023, 6, 12), article.metadata().published());
    assertEquals("https://harbour.example/news/pier", article.metadata().url());
  }

  @Test
  void fallsBackToWhatThePageShows() {
    CleanedArticle article = clean("<html><head><title>Tides - Coast Post</title></head><body>"
        + "<h1>Spring tides flood the coast road</h1><span class=\"byline\">By Ivo Brant</span>"
        + "<time datetime=\"2022-03-04\">4 March</time><p>" + P1 + "</p></body></html>");
    assertEquals("Spring tides flood the coast road", article.metadata().title());
    assertEquals("Ivo Brant", article.metadata().byline());
    assertEquals(LocalDate.of(2022, 3, 4), article.metadata().published());
    assertEquals(P1, article.body());
  }

  @Test
  void repairsMisDecodedText() {
    String body = clean("<p>The mayor said: \u00e2\u20ac\u0153We don\u00e2\u20ac\u2122t have the money for a new pier, and the caf\u00c3\u00a9 owners know it.\u00e2\u20ac\u009d</p>").body();
    assertEquals("The mayor said: \u201cWe don\u2019t have the money for a new pier, and the caf\u00e9 owners know it.\u201d", body);
  }

  @Test
  void readsBrokenMarkup() {
    String body = clean("<div><p>" + P1 + "<p>" + P2 + "<div><b>unclosed bold " + P3).body();
    assertTrue(body.startsWith(P1 + "\n\n" + P2), body);
    assertTrue(body.contains(P3), body);
  }

  @Test
  void findsTheArticleAmongTeasers() {
    String teaser = "<div class=\"card\"><a href=\"/x\">Another story about the town council and its many plans</a><p>Short teaser text that runs on for a few words more than ten.</p></div>";
    String body = clean("<body><main><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"more\">" + teaser + teaser + "</div></main></body>").body();
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
  }

  @Test
  void fallsBackOnTheDeclaredBodyWhenThePageShowsLittleOfIt() {
    String para = "The island council met for six hours and agreed a budget that keeps the ferry, the school bus and"
        + " the night clinic running for another year while the new pier is planned and paid for.";
    String json = "{\"@type\":\"NewsArticle\",\"headline\":\"Budget agreed\",\"articleBody\":\""
        + para + "\\n\\n" + para + "\\n\\n" + para + "\"}";
    String body = clean("<head><script type=\"application/ld+json\">" + json + "</script></head>"
        + "<body><p>Read the first lines of the story here before the page loads the rest of it.</p></body>").body();
    assertEquals(para + "\n\n" + para + "\n\n" + para, body);
  }
}
