package org.quotetrail.spark.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.function.IntFunction;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.quotetrail.ingest.RawArticle;

/**
 * Writes articles of the benchmark corpus into a compressed WARC file as HTML pages, one response
 * record each, the way a crawler would have stored them: for measuring the WARC path end to end.
 */
public final class CorpusWarc {
  private static final Instant FETCHED = Instant.parse("2024-06-01T08:00:00Z");

  private CorpusWarc() {}

  /**
   * Writes articles {@code from} to {@code to - 1} of a generated corpus ({@code
   * CorpusGenerator::article}, or its {@code storyArticle} for stories) into {@code file} as a
   * {@code .warc.gz}, and returns the number of bytes of HTML written.
   */
  public static long write(IntFunction<RawArticle> articles, int from, int to, Path file) throws IOException {
    long bytes = 0;
    try (WarcWriter writer = new WarcWriter(
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      for (int i = from; i < to; i++) {
        byte[] html = html(articles.apply(i)).getBytes(StandardCharsets.UTF_8);
        writer.write(page(URI.create("https://news.example/" + i), FETCHED, html));
        bytes += html.length;
      }
    }
    return bytes;
  }

  /** A response record holding {@code html} as a 200 OK UTF-8 page of {@code url}. */
  public static WarcResponse page(URI url, Instant fetched, byte[] html) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse("text/html; charset=utf-8"), html)
        .build();
    return new WarcResponse.Builder(url).date(fetched).body(http).build();
  }

  /** A plain-text article as a page: its first line the headline, every other line a paragraph. */
  static String html(RawArticle article) {
    String[] lines = article.content().strip().split("\n");
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(escape(lines[0])).append("</title></head><body><article><h1>").append(escape(lines[0])).append("</h1>\n");
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        page.append("<p>").append(escape(lines[i].strip())).append("</p>\n");
      }
    }
    return page.append("</article></body></html>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
