package org.quotetrail.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a generated corpus to a folder as UTF-8 {@code .txt} files, one article each, for ingest benchmarks. */
public final class CorpusFolder {
  private CorpusFolder() {}

  /**
   * Writes articles 0 to {@code count - 1} of {@code generator} into {@code folder}, creating it if
   * needed, and returns the number of bytes written.
   */
  public static long write(CorpusGenerator generator, int count, Path folder) throws IOException {
    Files.createDirectories(folder);
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      byte[] content = generator.article(i).content().getBytes(StandardCharsets.UTF_8);
      Files.write(folder.resolve(CorpusGenerator.fileName(i)), content);
      bytes += content.length;
    }
    return bytes;
  }
}
