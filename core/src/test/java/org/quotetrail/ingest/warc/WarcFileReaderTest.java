package org.quotetrail.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.quotetrail.ingest.ArticleSink;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.ingest.RawArticle;

class WarcFileReaderTest {
  private static final Instant FETCHED = Instant.parse("2024-03-05T10:15:30Z");
  private static final byte[] BROKEN_RECORD =
      "WARC/1.0\r\nWARC-Type response\r\nthis line is no header\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  @Test
  void readsHtmlResponsesSkipsTheRestAndResumesAfterACorruptGzipRecord() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(records(WarcCompression.GZIP, request("https://news.example/a"), html("https://news.example/a",
        "text/html; charset=utf-8", "<p>Caf\u00e9 owners met on Tuesday.</p>".getBytes(StandardCharsets.UTF_8))));
    file.write(records(WarcCompression.GZIP, image(), metadata()));
    long corruptAt = file.size();
    file.write(gzip(BROKEN_RECORD));
    file.write(records(WarcCompression.GZIP, html("https://news.example/b", "text/html; charset=iso-8859-1",
        "<p>Caf\u00e9 prices rose.</p>".getBytes(StandardCharsets.ISO_8859_1))));
    Collected got = read(write("crawl.warc.gz", file.toByteArray()));

    assertEquals(2, got.articles.size(), got.toString());
    RawArticle first = got.articles.get(0);
    assertEquals("https://news.example/a", first.url());
    assertEquals(FETCHED, first.fetched());
    assertEquals(RawArticle.Format.HTML, first.format());
    assertTrue(first.content().contains("Caf\u00e9 owners"), first.content());
    assertTrue(first.source().matches(".*crawl\\.warc\\.gz@\\d+"), first.source());
    assertTrue(got.articles.get(1).content().contains("Caf\u00e9 prices"), "HTTP charset honoured");
    assertEquals(1, got.problems.size(), got.toString());
    assertEquals(corruptAt, got.problems.get(0).offset());
    assertTrue(got.problems.get(0).toString().contains("crawl.warc.gz (at byte " + corruptAt + ")"));
  }

  @Test
  void resumesAfterACorruptRecordInAnUncompressedArchive() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(records(WarcCompression.NONE, html("https://news.example/a", "text/html", bytes("<p>First.</p>"))));
    long corruptAt = file.size();
    file.write(BROKEN_RECORD);
    file.write(records(WarcCompression.NONE, html("https://news.example/b", "text/html", bytes("<p>Second.</p>"))));
    Collected got = read(write("crawl.warc", file.toByteArray()));

    assertEquals(List.of("https://news.example/a", "https://news.example/b"), got.urls());
    assertEquals(1, got.problems.size(), got.toString());
    assertEquals(corruptAt, got.problems.get(0).offset());
  }

  @Test
  void reportsATruncatedLastRecordWithItsOffset() throws IOException {
    byte[] good = records(WarcCompression.GZIP, html("https://news.example/a", "text/html", bytes("<p>Whole.</p>")));
    byte[] last = records(WarcCompression.GZIP, html("https://news.example/b", "text/html", bytes("<p>Cut short.</p>".repeat(50))));
    byte[] file = Arrays.copyOf(good, good.length + last.length / 2);
    System.arraycopy(last, 0, file, good.length, last.length / 2);
    Collected got = read(write("cut.warc.gz", file));

    assertEquals(List.of("https://news.example/a"), got.urls());
    assertEquals(1, got.problems.size(), got.toString());
    assertEquals(good.length, got.problems.get(0).offset());
  }

  @Test
  void readsAnySeekableChannelAsItReadsAFileNamingArticlesAfterTheGivenName() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(records(WarcCompression.GZIP, html("https://news.example/a", "text/html", bytes("<p>First.</p>"))));
    long corruptAt = file.size();
    file.write(gzip(BROKEN_RECORD));
    file.write(records(WarcCompression.GZIP, html("https://news.example/b", "text/html", bytes("<p>Second.</p>"))));
    Collected fromFile = read(write("crawl.warc.gz", file.toByteArray()));
    Collected fromChannel = new Collected();
    new WarcFileReader(1 << 20).read(new MemoryChannel(file.toByteArray()), "s3a://bucket/crawl.warc.gz", fromChannel);

    assertEquals(fromFile.urls(), fromChannel.urls());
    assertEquals(List.of("https://news.example/a", "https://news.example/b"), fromChannel.urls());
    assertTrue(fromChannel.articles.get(0).source().startsWith("s3a://bucket/crawl.warc.gz@"), fromChannel.toString());
    assertEquals(1, fromChannel.problems.size(), fromChannel.toString());
    assertEquals(corruptAt, fromChannel.problems.get(0).offset());
    assertEquals("s3a://bucket/crawl.warc.gz", fromChannel.problems.get(0).input());
  }

  @Test
  void acceptsWarcNamesOnly() {
    WarcFileReader reader = new WarcFileReader(1000);
    assertTrue(reader.accepts(Path.of("a.warc")));
    assertTrue(reader.accepts(Path.of("CC-NEWS-1.WARC.GZ")));
    assertTrue(!reader.accepts(Path.of("a.html.gz")));
  }

  private static WarcRecord html(String url, String contentType, byte[] body) {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
    return build(new WarcResponse.Builder(URI.create(url)).date(FETCHED), http);
  }

  private static WarcRecord build(WarcResponse.Builder builder, HttpResponse http) {
    try {
      return builder.body(http).build();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static WarcRecord image() {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build();
    return build(new WarcResponse.Builder(URI.create("https://news.example/logo.png")).date(FETCHED), http);
  }

  private static WarcRecord request(String url) throws IOException {
    return new WarcRequest.Builder(URI.create(url)).body(new HttpRequest.Builder("GET", "/a").build()).build();
  }

  private static WarcRecord metadata() {
    return new WarcMetadata.Builder().targetURI("https://news.example/a").body(MediaType.parse("application/warc-fields"), bytes("via: test\r\n")).build();
  }

  private static byte[] records(WarcCompression compression, WarcRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression);
    for (WarcRecord r : records) {
      writer.write(r);
    }
    writer.close();
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Path write(String name, byte[] data) throws IOException {
    return Files.write(dir.resolve(name), data);
  }

  private static Collected read(Path file) {
    Collected got = new Collected();
    new WarcFileReader(1 << 20).read(file, got);
    return got;
  }

  /** A read-only channel over bytes in memory: an archive that is not a local file. */
  private static final class MemoryChannel implements SeekableByteChannel {
    private final byte[] data;
    private int position;

    MemoryChannel(byte[] data) {
      this.data = data;
    }

    @Override
    public int read(ByteBuffer dst) {
      if (position >= data.length) {
        return -1;
      }
      int n = Math.min(dst.remaining(), data.length - position);
      dst.put(data, position, n);
      position += n;
      return n;
    }

    @Override
    public long position() {
      return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
      position = (int) Math.min(newPosition, data.length);
      return this;
    }

    @Override
    public long size() {
      return data.length;
    }

    @Override
    public int write(ByteBuffer src) {
      throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }

  /** What a read hands to its sink. */
  private static final class Collected implements ArticleSink {
    final List<RawArticle> articles = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();

    @Override
    public void article(RawArticle article) {
      articles.add(article);
    }

    @Override
    public void problem(InputProblem problem) {
      problems.add(problem);
    }

    List<String> urls() {
      return articles.stream().map(RawArticle::url).toList();
    }

    @Override
    public String toString() {
      return "articles " + articles.stream().map(RawArticle::source).toList() + ", problems " + problems;
    }
  }
}
