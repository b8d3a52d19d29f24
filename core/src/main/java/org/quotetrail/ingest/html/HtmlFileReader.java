package org.quotetrail.ingest.html;

import java.nio.file.Path;
import org.quotetrail.ingest.ArticleReader;
import org.quotetrail.ingest.ArticleSink;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.ingest.SingleArticleFile;

/** Reads one HTML page from a file ({@code .html}, {@code .htm}, or either gzipped): one file, one article. */
public final class HtmlFileReader implements ArticleReader {
  private final long maxBytes;

  /** A reader that refuses pages larger than {@code maxBytes} (after decompression). */
  public HtmlFileReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean accepts(Path file) {
    return SingleArticleFile.hasExtension(file, ".html", ".htm");
  }

  @Override
  public void read(Path file, ArticleSink sink) {
    SingleArticleFile.read(file, maxBytes, RawArticle.Format.HTML, bytes -> HtmlDecoder.decode(bytes, null), sink);
  }
}
