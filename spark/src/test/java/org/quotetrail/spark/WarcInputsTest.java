package org.quotetrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcInputsTest {
  @TempDir Path dir;
  private final Configuration conf = new Configuration();

  @BeforeEach
  void crawl() throws IOException {
    Files.createDirectories(dir.resolve("2024/03"));
    Files.writeString(dir.resolve("2024/03/b.warc.gz"), "");
    Files.writeString(dir.resolve("2024/a.WARC"), "");
    Files.writeString(dir.resolve("2024/readme.txt"), "");
  }

  @Test
  void findsWarcFilesInFoldersRecursivelyAsFileUris() throws IOException {
    assertEquals(List.of(uri("2024/03/b.warc.gz"), uri("2024/a.WARC")), WarcInputs.list(List.of(dir.toString()), conf));
  }

  @Test
  void expandsGlobsAndDropsRepeats() throws IOException {
    List<String> inputs = List.of(dir + "/2024/*/*.warc.gz", dir + "/2024/03");
    assertEquals(List.of(uri("2024/03/b.warc.gz")), WarcInputs.list(inputs, conf));
  }

  @Test
  void namesAnInputThatMatchesNothingOrHoldsNoArchive() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> WarcInputs.list(List.of(dir + "/1999"), conf));
    assertEquals("no such input: " + dir + "/1999", missing.getMessage());
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
        () -> WarcInputs.list(List.of(dir + "/2024/readme.txt"), conf));
    assertEquals("no .warc or .warc.gz files in " + dir + "/2024/readme.txt", text.getMessage());
  }

  private String uri(String file) {
    return "file:" + dir.resolve(file);
  }
}
