package org.quotetrail.clean.html;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private static final List<String> KEY_ATTRIBUTES = List.of("property", "name", "itemprop");
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by\\s+");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—]\\s+[^|\\-–—]{2,60}$");

  private PageMetadata() {}

  /**
   * The metadata of {@code page}, whose JSON-LD article is {@code ld}; {@code fallbackUrl} is the URL
   * the input gave, or null.
   */
  static ArticleMetadata of(Document page, Optional<JsonLdArticle> ld, String fallbackUrl) {
    Map<String, String> meta = metaTags(page);
    String title = first(ld.map(JsonLdArticle::headline).orElse(null), meta.get("og:title"),
        meta.get("twitter:title"));
    title = title != null ? title : visibleTitle(page);
    String byline = first(ld.map(JsonLdArticle::authors).orElse(null), meta.get("author"),
        meta.get("article:author"));
    byline = byline != null ? byline : visibleByline(page);
    String outlet = first(meta.get("og:site_name"), ld.map(JsonLdArticle::publisher).orElse(null),
        meta.get("application-name"));
    String date = first(ld.map(JsonLdArticle::datePublished).orElse(null), meta.get("article:published_time"),
        meta.get("datepublished"), meta.get("date"), meta.get("pubdate"));
    date = date != null ? date : visibleDate(page);
    String url = first(canonical(page), meta.get("og:url"), ld.map(JsonLdArticle::url).orElse(null), fallbackUrl);
    LocalDate published = Dates.parse(date).orElse(null);
    return new ArticleMetadata(clean(title), clean(byline == null ? null : BY_PREFIX.matcher(byline).replaceFirst("")),
        clean(outlet), published, url);
  }

  /**
   * The page's meta tags, by {@code property}, {@code name} or {@code itemprop} in lower case; the
   * first tag of a name wins. One pass over the page, rather than one search per name.
   */
  private static Map<String, String> metaTags(Document page) {
    Map<String, String> tags = new HashMap<>();
    for (Element e : page.getElementsByTag("meta")) {
      String content = e.attr("content");
      if (content.isBlank()) {
        continue;
      }
      for (String attr : KEY_ATTRIBUTES) {
        String key = e.attr(attr);
        if (!key.isEmpty()) {
          tags.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
        }
      }
    }
    return tags;
  }

  private static String canonical(Document page) {
    for (Element link : page.getElementsByTag("link")) {
      if (link.attr("rel").equalsIgnoreCase("canonical") && !link.attr("href").isBlank()) {
        return link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
      }
    }
    return null;
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
