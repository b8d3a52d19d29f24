package org.quotetrail.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a plain-text article ({@code .txt}): one file, one article. */
public final class TextFileReader implements ArticleReader {
  private final long maxBytes;

  /** A reader that refuses files larger than {@code maxBytes}. */
  public TextFileReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean accepts(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  @Override
  public void read(Path file, ArticleSink sink) {
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        sink.problem(InputProblem.of(source, "too large for one article (" + size + " bytes, limit " + maxBytes + ")"));
        return;
      }
      TextDecoder.Result decoded = TextDecoder.decode(Files.readAllBytes(file), null);
      if (decoded.ok()) {
        sink.article(RawArticle.text(source, decoded.text()));
      } else {
        sink.problem(InputProblem.of(source, decoded.problem()));
      }
    } catch (IOException e) {
      sink.problem(InputProblem.of(source, "cannot read: " + e.getMessage()));
    }
  }
}
