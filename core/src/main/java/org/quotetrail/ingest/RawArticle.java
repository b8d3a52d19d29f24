package org.quotetrail.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as read from its input, before cleaning: decoded text or markup and what the input
 * says about it.
 *
 * @param source where it came from: a file path, or "file.warc.gz@offset"
 * @param format plain text or HTML
 * @param content the decoded characters
 * @param url the URL the input gives (a WARC record's target URI), or null
 * @param fetched when it was fetched (a WARC record's date), or null
 */
public record RawArticle(String source, Format format, String content, String url, Instant fetched) {
  /** How {@link #content} is written. */
  public enum Format {
    TEXT,
    HTML
  }

  public RawArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
  }

  public static RawArticle text(String source, String content) {
    return new RawArticle(source, Format.TEXT, content, null, null);
  }
}
