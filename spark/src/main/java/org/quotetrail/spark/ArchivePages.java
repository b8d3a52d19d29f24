package org.quotetrail.spark;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.quotetrail.ingest.ArticleSink;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.ingest.warc.WarcFileReader;

/**
 * The pages of one web archive as an iterator that the caller pulls one page at a time. The core's
 * reader pushes pages to a sink, so it runs on a thread of its own that hands pages over through a
 * small queue: memory holds a few pages, however large the archive. Problems the reader reports
 * are passed to a consumer on the caller's thread, in order with the pages.
 */
final class ArchivePages implements Iterator<RawArticle>, AutoCloseable {
  private static final int QUEUE_PAGES = 16;

  /** What the reading thread hands over: a page, a problem, the end, or a failure. */
  private sealed interface Item permits Page, Problem, End, Failure {}

  private record Page(RawArticle article) implements Item {}

  private record Problem(InputProblem problem) implements Item {}

  private record End() implements Item {}

  private record Failure(Throwable cause) implements Item {}

  /** Thrown inside the reading thread to stop it when the caller closes early. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super("archive reading stopped", null, false, false);
    }
  }

  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE_PAGES);
  private final SeekableByteChannel channel;
  private final String name;
  private final Consumer<InputProblem> problems;
  private final Thread reading;
  private RawArticle next;
  private boolean ended;

  /** Starts reading {@code channel}, the archive called {@code name}; the caller closes this iterator. */
  ArchivePages(SeekableByteChannel channel, String name, WarcFileReader reader, Consumer<InputProblem> problems) {
    this.channel = channel;
    this.name = name;
    this.problems = problems;
    this.reading = new Thread(() -> read(reader), "warc-reader " + name);
    reading.setDaemon(true);
    reading.start();
  }

  @Override
  public boolean hasNext() {
    while (next == null && !ended) {
      Item item = take();
      if (item instanceof Page page) {
        next = page.article();
      } else if (item instanceof Problem problem) {
        problems.accept(problem.problem());
      } else if (item instanceof Failure failure) {
        throw new IllegalStateException("reading " + name + " failed: " + failure.cause(), failure.cause());
      } else {
        ended = true;
      }
    }
    return next != null;
  }

  @Override
  public RawArticle next() {
    if (!hasNext()) {
      throw new NoSuchElementException(name);
    }
    RawArticle page = next;
    next = null;
    return page;
  }

  /** Stops the reading thread, if it still runs, and closes the channel. */
  @Override
  public void close() throws IOException {
    ended = true;
    reading.interrupt();
    // A closed channel also makes the reader give up at its next read.
    channel.close();
  }

  private void read(WarcFileReader reader) {
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(RawArticle article) {
        put(new Page(article));
      }

      @Override
      public void problem(InputProblem problem) {
        put(new Problem(problem));
      }
    };
    try {
      reader.read(channel, name, sink);
      put(new End());
    } catch (Stopped e) {
      // The caller closed early and wants nothing more.
    } catch (RuntimeException | Error e) {
      try {
        queue.put(new Failure(e));
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void put(Item item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  private Item take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + name, e);
    }
  }
}
