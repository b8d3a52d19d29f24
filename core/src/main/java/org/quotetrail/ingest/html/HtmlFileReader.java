package org.quotetrail.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.quotetrail.ingest.ArticleReader;
import org.quotetrail.ingest.ArticleSink;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.ingest.TextDecoder;

/** Reads one HTML page from a file ({@code .html}, {@code .htm}, or either gzipped): one file, one article. */
public final class HtmlFileReader implements ArticleReader {
  private final long maxBytes;

  /** A reader that refuses pages larger than {@code maxBytes} (after decompression). */
  public HtmlFileReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return plain.endsWith(".html") || plain.endsWith(".htm");
  }

  @Override
  public void read(Path file, ArticleSink sink) {
    String source = file.toString();
    try {
      byte[] bytes = readBytes(file);
      if (bytes == null) {
        sink.problem(InputProblem.of(source, "too large for one page (limit " + maxBytes + " bytes)"));
        return;
      }
      TextDecoder.Result decoded = HtmlDecoder.decode(bytes, null);
      if (decoded.ok()) {
        sink.article(new RawArticle(source, RawArticle.Format.HTML, decoded.text(), null, null));
      } else {
        sink.problem(InputProblem.of(source, decoded.problem()));
      }
    } catch (IOException e) {
      sink.problem(InputProblem.of(source, "cannot read: " + e.getMessage()));
    }
  }

  /** The page's bytes, gunzipped when the name ends in .gz; null when over the limit. */
  private byte[] readBytes(Path file) throws IOException {
    boolean gzipped = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    try (InputStream in = gzipped ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      return bytes.length > maxBytes ? null : bytes;
    }
  }
}
