package org.quotetrail.ingest;

import java.nio.file.Path;

/**
 * Reads the articles in one kind of input file (plain text, HTML, WARC).
 *
 * <p>Readers stream: a file holding many articles hands each to the sink as soon as it is read, so
 * memory does not grow with the file. A damaged part of a file becomes an {@link InputProblem} and
 * reading goes on where it can; a reader does not throw for bad content.
 */
public interface ArticleReader {
  /** Whether this reader handles {@code file}, judged by its name. */
  boolean accepts(Path file);

  /** Reads {@code file}, passing each article and each problem to {@code sink}. */
  void read(Path file, ArticleSink sink);
}
