package org.quotetrail.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.quotetrail.ingest.ArticleReader;
import org.quotetrail.ingest.ArticleSink;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.ingest.TextDecoder;
import org.quotetrail.ingest.html.HtmlDecoder;

/**
 * Reads the HTML pages of a web archive ({@code .warc}, {@code .warc.gz}) with jwarc: each response
 * record whose HTTP payload is HTML becomes an article named "file@offset", carrying the record's
 * target URL and date. Requests, metadata, redirects and non-HTML payloads are skipped quietly.
 */
public final class WarcFileReader implements ArticleReader {
  private static final int MESSAGE_CHARS = 160;
  private final long maxPageBytes;

  /** A reader that skips, with a problem, pages larger than {@code maxPageBytes}. */
  public WarcFileReader(long maxPageBytes) {
    this.maxPageBytes = maxPageBytes;
  }

  @Override
  public boolean accepts(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  @Override
  public void read(Path file, ArticleSink sink) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      read(channel, file.toString(), sink);
    } catch (IOException e) {
      sink.problem(InputProblem.of(file.toString(), "cannot read: " + e.getMessage()));
    }
  }

  /**
   * Reads the archive that {@code channel} holds from its start, as {@link #read(Path, ArticleSink)}
   * reads a file: for archives that are not local files (a Hadoop file system's stream, say). The
   * channel must be able to seek, so that reading can resume after a damaged record; {@code name}
   * names the archive in article sources and problems, and its ending ".gz" tells whether it is
   * compressed. The caller closes the channel.
   */
  public void read(SeekableByteChannel channel, String name, ArticleSink sink) {
    boolean gzipped = name.toLowerCase(Locale.ROOT).endsWith(".gz");
    try {
      long start = 0;
      while (start >= 0) {
        long damaged = readUntilDamage(channel, start, gzipped, name, sink);
        start = damaged < 0 ? -1 : RecordResync.next(channel, damaged + 1, gzipped);
      }
    } catch (IOException e) {
      sink.problem(InputProblem.of(name, "cannot read: " + e.getMessage()));
    }
  }

  /**
   * Reads records from {@code start} until the end (returns -1) or until a damaged record, which is
   * reported; returns the damaged record's offset so that reading can resume after it.
   */
  private long readUntilDamage(SeekableByteChannel channel, long start, boolean gzipped, String file, ArticleSink sink)
      throws IOException {
    channel.position(start);
    // Not closed here: closing a WarcReader closes the channel, which resynchronisation still needs.
    WarcReader reader = new WarcReader(channel);
    long last = -1;
    while (true) {
      Optional<WarcRecord> record;
      try {
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        // jwarc reads the next record's header only when asked for it, so the damage lies in the
        // record that follows the last good one: find where that one starts.
        long at = last < 0 ? start : RecordResync.next(channel, last + 1, gzipped);
        return damaged(file, at < 0 ? last : at, e, sink);
      }
      if (record.isEmpty()) {
        return -1;
      }
      last = reader.position();
      try {
        if (record.get() instanceof WarcResponse response) {
          page(response, file + "@" + last, sink).ifPresent(sink::article);
        }
      } catch (IOException | RuntimeException e) {
        return damaged(file, last, e, sink);
      }
    }
  }

  /** Reports damage at {@code offset} and returns the offset. */
  private static long damaged(String file, long offset, Exception e, ArticleSink sink) {
    // jwarc reports bad headers as ParsingException and bad gzip data as ZipException or EOF.
    sink.problem(new InputProblem(file, offset, "corrupt or truncated WARC record: " + describe(e)));
    return offset;
  }

  /** The HTML page a response record holds, if it holds one. */
  private Optional<RawArticle> page(WarcResponse response, String source, ArticleSink sink) throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
      return Optional.empty();
    }
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    if (http.status() < 200 || http.status() >= 300 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
      return Optional.empty();
    }
    byte[] bytes;
    try (InputStream in = http.bodyDecoded().stream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
    }
    if (bytes.length > maxPageBytes) {
      sink.problem(InputProblem.of(source, "page too large (limit " + maxPageBytes + " bytes)"));
      return Optional.empty();
    }
    TextDecoder.Result decoded = HtmlDecoder.decode(bytes, type.parameters().get("charset"));
    if (!decoded.ok()) {
      sink.problem(InputProblem.of(source, decoded.problem()));
      return Optional.empty();
    }
    String url = response.target();
    return Optional.of(new RawArticle(source, RawArticle.Format.HTML, decoded.text(), url, response.date()));
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    String line = message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    // jwarc quotes the bytes around the fault; a line of them is enough.
    return line.length() > MESSAGE_CHARS ? line.substring(0, MESSAGE_CHARS) + "..." : line;
  }
}
