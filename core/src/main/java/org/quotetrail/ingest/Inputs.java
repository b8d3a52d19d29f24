package org.quotetrail.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.quotetrail.ingest.html.HtmlFileReader;
import org.quotetrail.ingest.warc.WarcFileReader;

/**
 * Finds the input files under the paths a user names (folders recursively, in a stable order)
 * and hands each to the first {@link ArticleReader} that accepts it.
 */
public final class Inputs {
  private final List<ArticleReader> readers;

  /** Largest single-article file read whole; bigger ones are refused with a message. */
  public static final long MAX_ARTICLE_BYTES = 20L * 1024 * 1024;

  public Inputs(List<ArticleReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** Every input format quotetrail reads. */
  public static Inputs standard() {
    return new Inputs(List.of(
        new TextFileReader(MAX_ARTICLE_BYTES),
        new HtmlFileReader(MAX_ARTICLE_BYTES),
        new WarcFileReader(MAX_ARTICLE_BYTES)));
  }

  /** The files under {@code paths} that some reader accepts, sorted within each folder. */
  public List<Path> files(List<Path> paths, ArticleSink problems) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        problems.problem(InputProblem.of(path.toString(), "no such file or folder"));
      } else if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(f -> readerFor(f).isPresent()).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          problems.problem(InputProblem.of(path.toString(), "cannot list folder: " + e.getMessage()));
        }
      } else if (readerFor(path).isPresent()) {
        files.add(path);
      } else {
        problems.problem(InputProblem.of(path.toString(), "not a supported input (" + supported() + ")"));
      }
    }
    return files;
  }

  /** Reads one file with the reader that accepts it. */
  public void read(Path file, ArticleSink sink) {
    Optional<ArticleReader> reader = readerFor(file);
    if (reader.isEmpty()) {
      sink.problem(InputProblem.of(file.toString(), "not a supported input (" + supported() + ")"));
      return;
    }
    try {
      reader.get().read(file, sink);
    } catch (RuntimeException e) {
      // A reader bug on odd input must not end the batch; say which input triggered it.
      sink.problem(InputProblem.of(file.toString(), "unreadable: " + e));
    }
  }

  private Optional<ArticleReader> readerFor(Path file) {
    return readers.stream().filter(r -> r.accepts(file)).findFirst();
  }

  private String supported() {
    return "supported: .txt, .html, .htm (each also gzipped), .warc and .warc.gz";
  }
}
