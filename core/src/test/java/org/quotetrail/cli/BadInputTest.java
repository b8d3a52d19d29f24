package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dirty input as crawls deliver it, generated here: each bad file gets one line naming it (no stack
 * trace), files that can be read are read, the batch goes on, and the exit status reports failures.
 */
class BadInputTest {
  private static final String GOOD = "Harbour dispute\n\"We will appeal,\" said Marta Quince.\n";

  @TempDir static Path dir;

  @BeforeAll
  static void writeInputs() throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), GOOD);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    Files.write(dir.resolve("invalid-utf8.txt"), (GOOD + "caf\u00e9 \u201cquoted\u201d").getBytes(Charset.forName("windows-1252")));
    byte[] utf16 = ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_16LE);
    Files.write(dir.resolve("utf16.txt"), utf16);
    StringBuilder page = new StringBuilder("<html><body><p>");
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 5000; i++) {
      page.append(Integer.toString(random.nextInt(), 36)).append(' ');
    }
    byte[] zipped = gzip(page.toString().getBytes(StandardCharsets.US_ASCII));
    Files.write(dir.resolve("truncated.html.gz"), Arrays.copyOf(zipped, zipped.length / 2));
    Files.writeString(dir.resolve("unbalanced.txt"),
        "Marks gone wrong\n\u00bb Item one \u00bb item two \"never closed\n\"\"\"\n\u201c\u201d\u201c odd \u201d \u201c\n'''\n");
    StringBuilder nested = new StringBuilder("<html><body>");
    nested.append("<div>".repeat(100_000)).append("<p>Deep text said Marta Quince.</p>").append("</div>".repeat(100_000));
    Files.writeString(dir.resolve("nested.html"), nested.append("</body></html>"));
    try (OutputStream bomb = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.txt.gz")))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        bomb.write(zeros); // 200 MB of zeros in a few hundred kilobytes
      }
    }
    try (OutputStream line = Files.newOutputStream(dir.resolve("huge-line.txt"))) {
      byte[] words = "word ".repeat(1 << 18).getBytes(StandardCharsets.US_ASCII); // 1.25 MB a write
      for (int i = 0; i < 80; i++) {
        line.write(words); // one 100 MB line
      }
    }
  }

  private static byte[] gzip(byte[] data) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void everyBadInputIsOneLineAndTheRestIsExtracted() {
    CommandRun run = CommandRun.of("extract", dir.toString());
    List<String> errors = run.err().lines().toList();
    assertEquals(Batch.SOME_INPUTS_FAILED, run.status(), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    for (String name : List.of("empty.txt", "binary.txt", "truncated.html.gz", "bomb.txt.gz", "huge-line.txt")) {
      assertEquals(1, errors.stream().filter(l -> l.contains(name)).count(), name + " gets exactly one line: " + errors);
    }
    List<String> extracted = run.out().lines().toList();
    for (String name : List.of("a-good.txt", "invalid-utf8.txt", "utf16.txt", "unbalanced.txt", "nested.html")) {
      assertTrue(extracted.stream().anyMatch(l -> l.contains(name)), name + " is extracted; stderr: " + run.err());
    }
    assertEquals(5, errors.size(), "only the five bad inputs fail: " + errors);
  }

  @Test
  void windows1252TextIsDecodedNotMangled() {
    CommandRun run = CommandRun.of("extract", dir.resolve("invalid-utf8.txt").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("caf\u00e9 \u201cquoted\u201d"), run.out());
  }
}
