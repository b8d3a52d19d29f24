package org.quotetrail.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A WARC far larger than the heap streams through {@code extract}: a child JVM with a 32 MB heap
 * reads about 110 MB of pages (uncompressed) and extracts every one. Holding the archive, or its
 * articles, in memory would end in OutOfMemoryError.
 */
class LargeWarcStreamingTest {
  private static final int PAGES = 2400;
  private static final int PARAGRAPHS = 220;

  @TempDir Path dir;

  @Test
  void extractStreamsAnArchiveLargerThanItsHeap() throws Exception {
    Path warc = dir.resolve("large.warc.gz");
    long uncompressed = write(warc);
    assertTrue(uncompressed > 3L * 32 * 1024 * 1024, "the archive must dwarf the child's heap: " + uncompressed);

    Path stderr = dir.resolve("stderr.txt");
    Path stdout = dir.resolve("stdout.jsonl");
    Process child = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
            "-cp", System.getProperty("java.class.path"), "org.quotetrail.cli.Main", "extract", warc.toString()))
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "extract did not finish in five minutes");
    String errors = Files.readString(stderr);
    assertEquals(0, child.exitValue(), errors);
    assertEquals("", errors.strip());
    try (var lines = Files.lines(stdout)) {
      assertEquals(PAGES, lines.count());
    }
  }

  /** Writes the archive record by record, so the test itself stays small; returns the pages' total size. */
  private static long write(Path warc) throws IOException {
    long total = 0;
    try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      for (int page = 0; page < PAGES; page++) {
        byte[] html = page(page).getBytes(StandardCharsets.UTF_8);
        total += html.length;
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build();
        writer.write(new WarcResponse.Builder(URI.create("https://news.example/" + page))
            .date(Instant.parse("2024-03-05T10:15:30Z"))
            .body(http)
            .build());
      }
    }
    return total;
  }

  private static String page(int n) {
    StringBuilder html = new StringBuilder("<html><head><title>Harbour report " + n + "</title></head><body><nav>Home News</nav><article>");
    for (int p = 0; p < PARAGRAPHS; p++) {
      html.append("<p>\u201cThe harbour plan number ").append(n).append(" will go ahead in stage ").append(p)
          .append(", whatever the objections of residents and traders along the quay,\u201d said Dana Whitlock, ")
          .append("the council leader, adding that the board had met ").append(p).append(" times this year.</p>");
    }
    return html.append("</article><footer>More from the Herald</footer></body></html>").toString();
  }
}
