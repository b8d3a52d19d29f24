package org.quotetrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.ingest.warc.WarcFileReader;
import org.quotetrail.spark.bench.CorpusWarc;

class ArchivePagesTest {
  private static final Instant FETCHED = Instant.parse("2024-03-05T10:15:30Z");

  @TempDir Path dir;

  @Test
  void handsOverEveryPageAndProblemInArchiveOrder() throws IOException {
    ByteArrayOutputStream bytes = archive(3);
    bytes.write("WARC/1.0\r\nno header here\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Path file = Files.write(dir.resolve("a.warc"), bytes.toByteArray());
    List<InputProblem> problems = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    try (ArchivePages pages = open(file, problems)) {
      pages.forEachRemaining(page -> urls.add(page.url()));
    }
    assertEquals(List.of("https://news.example/0", "https://news.example/1", "https://news.example/2"), urls);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).toString().startsWith("a.warc (at byte "), problems.toString());
  }

  @Test
  void closingEarlyStopsTheReadingThread() throws IOException, InterruptedException {
    // More pages than the queue holds, so that the reading thread is left waiting to hand one over.
    Path file = Files.write(dir.resolve("b.warc"), archive(100).toByteArray());
    ArchivePages pages = open(file, new ArrayList<>());
    RawArticle first = pages.next();
    pages.close();
    assertEquals("https://news.example/0", first.url());
    assertFalse(pages.hasNext());
    for (int i = 0; i < 50 && readerAlive(); i++) {
      Thread.sleep(20);
    }
    assertFalse(readerAlive(), "reading thread still running");
  }

  private static boolean readerAlive() {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("warc-reader b.warc"));
  }

  private static ArchivePages open(Path file, List<InputProblem> problems) throws IOException {
    return new ArchivePages(FileChannel.open(file), file.getFileName().toString(), new WarcFileReader(1 << 20), problems::add);
  }

  private static ByteArrayOutputStream archive(int pages) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
      for (int i = 0; i < pages; i++) {
        byte[] html = ("<p>Page number " + i + " of the archive.</p>").getBytes(StandardCharsets.UTF_8);
        writer.write(CorpusWarc.page(URI.create("https://news.example/" + i), FETCHED, html));
      }
    }
    return out;
  }
}
