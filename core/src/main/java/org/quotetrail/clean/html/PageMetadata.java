package org.quotetrail.clean.html;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.quotetrail.clean.ArticleMetadata;
import org.quotetrail.clean.Dates;

/**
 * Finds an HTML page's metadata: JSON-LD first (what the publisher states for machines), then
 * Open Graph and other meta tags, then what the page shows (its {@code <h1>}, a byline element,
 * a {@code <time>}, its {@code <title>}).
 */
final class PageMetadata {
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by\\s+");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—]\\s+[^|\\-–—]{2,60}$");

  private PageMetadata() {}

  /** The metadata of {@code page}; {@code fallbackUrl} is the URL the input gave, or null. */
  static ArticleMetadata of(Document page, String fallbackUrl) {
    Optional<JsonLdArticle> ld = JsonLdArticle.in(page);
    String title = first(ld.map(JsonLdArticle::headline).orElse(null), meta(page, "og:title"),
        meta(page, "twitter:title"), visibleTitle(page));
    String byline = first(ld.map(JsonLdArticle::authors).orElse(null), meta(page, "author"),
        meta(page, "article:author"), visibleByline(page));
    String outlet = first(meta(page, "og:site_name"), ld.map(JsonLdArticle::publisher).orElse(null),
        meta(page, "application-name"));
    String date = first(ld.map(JsonLdArticle::datePublished).orElse(null), meta(page, "article:published_time"),
        meta(page, "datePublished"), meta(page, "date"), meta(page, "pubdate"), visibleDate(page));
    String url = first(canonical(page), meta(page, "og:url"), ld.map(JsonLdArticle::url).orElse(null), fallbackUrl);
    LocalDate published = Dates.parse(date).orElse(null);
    return new ArticleMetadata(clean(title), clean(byline == null ? null : BY_PREFIX.matcher(byline).replaceFirst("")),
        clean(outlet), published, url);
  }

  /** The content of a meta tag named by {@code property}, {@code name} or {@code itemprop}. */
  private static String meta(Document page, String key) {
    for (String attr : new String[] {"property", "name", "itemprop"}) {
      Element e = page.selectFirst("meta[" + attr + "=" + key + "]");
      if (e != null && !e.attr("content").isBlank()) {
        return e.attr("content");
      }
    }
    return null;
  }

  private static String canonical(Document page) {
    Element link = page.selectFirst("link[rel=canonical][href]");
    return link == null ? null : link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
  }

  private static String visibleTitle(Document page) {
    Element h1 = page.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text();
    }
    String title = page.title();
    return title.isBlank() ? null : TITLE_SUFFIX.matcher(title).replaceFirst("");
  }

  private static String visibleByline(Document page) {
    Element e = page.selectFirst("[rel=author], [itemprop=author], .byline, .author, .article-author");
    return e == null || e.text().length() > 100 ? null : e.text();
  }

  private static String visibleDate(Document page) {
    Element time = page.selectFirst("time[datetime]");
    if (time != null) {
      return time.attr("datetime");
    }
    time = page.selectFirst("time");
    return time == null ? null : time.text();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String clean(String value) {
    return value == null ? null : Mojibake.repair(org.jsoup.parser.Parser.unescapeEntities(value, false)).strip();
  }
}
