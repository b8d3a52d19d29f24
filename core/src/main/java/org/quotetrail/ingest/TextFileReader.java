package org.quotetrail.ingest;

import java.nio.file.Path;

/** Reads a plain-text article ({@code .txt}, or gzipped {@code .txt.gz}): one file, one article. */
public final class TextFileReader implements ArticleReader {
  private final long maxBytes;

  /** A reader that refuses files larger than {@code maxBytes} (after decompression). */
  public TextFileReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean accepts(Path file) {
    return SingleArticleFile.hasExtension(file, ".txt");
  }

  @Override
  public void read(Path file, ArticleSink sink) {
    SingleArticleFile.read(file, maxBytes, RawArticle.Format.TEXT, bytes -> TextDecoder.decode(bytes, null), sink);
  }
}
