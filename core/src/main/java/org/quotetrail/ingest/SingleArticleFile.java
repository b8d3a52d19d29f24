package org.quotetrail.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Reads a file that holds one article (a text file, an HTML page): its bytes, gunzipped when the
 * name ends in {@code .gz} and never more than a limit, decoded and handed to the sink as one
 * article, or as one problem naming the file.
 */
public final class SingleArticleFile {
  private SingleArticleFile() {}

  /** Whether {@code file}'s name, less a {@code .gz} ending, ends with one of {@code extensions}. */
  public static boolean hasExtension(Path file, String... extensions) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    for (String extension : extensions) {
      if (plain.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }

  /** Reads {@code file} as one article of {@code format}, decoding its bytes with {@code decoder}. */
  public static void read(Path file, long maxBytes, RawArticle.Format format, Function<byte[], TextDecoder.Result> decoder,
      ArticleSink sink) {
    String source = file.toString();
    try {
      byte[] bytes = bytes(file, maxBytes);
      if (bytes == null) {
        sink.problem(InputProblem.of(source, "too large for one article (limit " + maxBytes + " bytes)"));
        return;
      }
      TextDecoder.Result decoded = decoder.apply(bytes);
      if (decoded.ok()) {
        sink.article(new RawArticle(source, format, decoded.text(), null, null));
      } else {
        sink.problem(InputProblem.of(source, decoded.problem()));
      }
    } catch (IOException e) {
      sink.problem(InputProblem.of(source, "cannot read: " + e.getMessage()));
    }
  }

  /** The bytes, gunzipped for .gz; null when over the limit. Reads at most limit + 1 bytes, so a gzip bomb stays bounded. */
  private static byte[] bytes(Path file, long maxBytes) throws IOException {
    boolean gzipped = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    try (InputStream in = gzipped ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      return bytes.length > maxBytes ? null : bytes;
    }
  }
}
