package org.quotetrail.spark;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.ingest.warc.WarcFileReader;
import org.quotetrail.model.ExtractedArticle;

/**
 * The article rows of one partition's WARC files, produced as Spark pulls them: each page is read,
 * extracted, optionally saved to the database, and turned into a row, one at a time. Bad input
 * (a file that cannot be opened, a corrupt record, a page the pipeline fails on) is counted as a
 * problem and skipped.
 */
final class PartitionRows implements Iterator<Row>, AutoCloseable {
  private final Iterator<String> files;
  private final Configuration conf;
  private final WarcFileReader reader;
  private final Extractor extractor;
  private final JobCounters counters;
  private final ArticleLoader loader;
  private ArchivePages pages;
  private Row next;

  /** Rows of {@code files}; {@code loader} is null when nothing is to be stored. */
  PartitionRows(Iterator<String> files, Configuration conf, WarcFileReader reader, Extractor extractor,
      JobCounters counters, ArticleLoader loader) {
    this.files = files;
    this.conf = conf;
    this.reader = reader;
    this.extractor = extractor;
    this.counters = counters;
    this.loader = loader;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (pages != null && pages.hasNext()) {
        next = row(pages.next());
      } else if (files.hasNext()) {
        closePages();
        pages = open(files.next());
      } else {
        close();
        return false;
      }
    }
    return true;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row row = next;
    next = null;
    return row;
  }

  /** Stops reading and closes the database; safe to call more than once. */
  @Override
  public void close() {
    closePages();
    if (loader != null) {
      loader.close();
    }
  }

  private ArchivePages open(String file) {
    try {
      return new ArchivePages(HadoopChannel.open(file, conf), file, reader, counters::problem);
    } catch (IOException e) {
      counters.problem(InputProblem.of(file, "cannot read: " + e.getMessage()));
      return null;
    }
  }

  /** The row of one page, or null when the pipeline failed on it. */
  private Row row(RawArticle page) {
    ExtractedArticle article;
    try {
      article = extractor.extract(page);
    } catch (RuntimeException e) {
      counters.problem(InputProblem.of(page.source(), "extraction failed: " + e));
      return null;
    }
    counters.extracted(article);
    if (loader != null) {
      loader.save(article);
    }
    return ArticleRows.article(article);
  }

  private void closePages() {
    if (pages != null) {
      try {
        pages.close();
      } catch (IOException e) {
        // Closing a stream we only read from loses nothing.
      }
      pages = null;
    }
  }
}
