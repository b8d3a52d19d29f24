package org.quotetrail.clean.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.quotetrail.clean.ArticleCleaner;
import org.quotetrail.clean.ArticleMetadata;
import org.quotetrail.clean.CleanedArticle;
import org.quotetrail.ingest.RawArticle;

/**
 * Cleans an HTML page: finds its metadata, drops furniture, and keeps the article's paragraphs,
 * block quotes, list items and headings, one paragraph per block, separated by blank lines.
 * Safe to share between threads: it holds no state.
 */
public final class HtmlCleaner implements ArticleCleaner {
  @Override
  public CleanedArticle clean(RawArticle raw) {
    Document page = Jsoup.parse(raw.content(), raw.url() == null ? "" : raw.url());
    Optional<JsonLdArticle> ld = JsonLdArticle.in(page);
    ArticleMetadata metadata = PageMetadata.of(page, ld, raw.url());
    List<String> declared = DeclaredBody.of(page, ld);
    Element body = page.body();
    FurniturePruner.prune(body);
    List<String> extracted = ContentSelector.select(TextBlocks.of(body), metadata.title());
    List<String> paragraphs = DeclaredBody.preferred(extracted, declared);
    return new CleanedArticle(metadata, Mojibake.repair(String.join("\n\n", paragraphs)));
  }
}
