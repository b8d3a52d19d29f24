package org.quotetrail.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PolNeAR split folder: {@code text/<article>.txt} and {@code
 * attributions/<article>_<annotator>.ann}. Where several annotators annotated an article, the
 * first by annotator name is used, so every run scores against the same gold.
 */
public final class PolnearCorpus {
  private final Path dir;

  public PolnearCorpus(Path dir) {
    this.dir = dir;
    if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
      throw new IllegalArgumentException(dir + ": not a PolNeAR split (needs text/ and attributions/)");
    }
  }

  /** The article texts, sorted by name. */
  public List<Path> texts() {
    try (Stream<Path> files = Files.list(dir.resolve("text"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir.resolve("text") + ": cannot list: " + e.getMessage(), e);
    }
  }

  /** The annotation chosen for the article {@code id}: the first by annotator name, if any. */
  public Optional<Path> annotation(String id) {
    String prefix = id + "_";
    try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
      return files
          .filter(p -> isAnnotationOf(p.getFileName().toString(), prefix))
          .sorted()
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(dir.resolve("attributions") + ": cannot list: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the article behind {@code textFile} with its chosen annotation.
   *
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when the article has no annotation or it does not fit the text
   */
  public PolnearArticle read(Path textFile) throws IOException {
    String name = textFile.getFileName().toString();
    String id = name.substring(0, name.length() - ".txt".length());
    Path ann = annotation(id).orElseThrow(() -> new IllegalArgumentException(textFile + ": no annotation file"));
    String text = Files.readString(textFile, StandardCharsets.UTF_8);
    BratReader.Relations relations =
        BratReader.read(Files.readString(ann, StandardCharsets.UTF_8), text, ann.toString());
    return new PolnearArticle(id, text, relations.withContent(), relations.withoutContent());
  }

  // The annotator part must not hold an underscore: "a_b_x.ann" belongs to article "a_b", not "a".
  private static boolean isAnnotationOf(String fileName, String prefix) {
    return fileName.startsWith(prefix)
        && fileName.endsWith(".ann")
        && fileName.indexOf('_', prefix.length()) < 0;
  }
}
