package org.quotetrail.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.quotetrail.ingest.ArticleSink;
import org.quotetrail.ingest.InputProblem;
import org.quotetrail.ingest.Inputs;
import org.quotetrail.ingest.RawArticle;

/**
 * Runs a command's work over every article of the inputs a user named: each problem becomes one
 * line on standard error naming the input, the batch goes on, and the exit status says whether
 * anything failed.
 */
final class Batch {
  /** Exit status when some inputs failed and the rest were processed. */
  static final int SOME_INPUTS_FAILED = 1;

  /**
   * Thrown by a handler when no further article can be handled (where they go is gone): the batch
   * reads no more and {@link #run} throws it once the current input is closed.
   */
  static final class Stop extends RuntimeException {
    Stop(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** What a command does with one article. */
  @FunctionalInterface
  interface ArticleHandler {
    void handle(RawArticle article) throws Exception;
  }

  private final Inputs inputs;
  private final PrintWriter err;
  private final Progress progress;
  private int articles;
  private int failures;
  private Stop stopped;

  Batch(Inputs inputs, PrintWriter err) {
    this.inputs = inputs;
    this.err = err;
    this.progress = Progress.forTerminal(err);
  }

  void run(List<Path> paths, ArticleHandler handler) {
    ArticleSink sink =
        new ArticleSink() {
          @Override
          public void article(RawArticle article) {
            if (stopped != null) {
              return;
            }
            try {
              handler.handle(article);
              articles++;
              progress.article();
            } catch (Stop e) {
              stopped = e;
            } catch (Exception e) {
              problem(InputProblem.of(article.source(), describe(e)));
            }
          }

          @Override
          public void problem(InputProblem problem) {
            failed(problem);
          }
        };
    List<Path> files = inputs.files(paths, sink);
    progress.files(files.size());
    for (Path file : files) {
      if (stopped != null) {
        break;
      }
      inputs.read(file, sink);
      progress.fileDone();
    }
    progress.finish();
    if (stopped != null) {
      throw stopped;
    }
  }

  /** Counts {@code problem} as a failure and reports it in one line; also for failures found after an article was handled. */
  void failed(InputProblem problem) {
    failures++;
    progress.finish();
    err.println("quotetrail: " + problem);
    err.flush();
  }

  int articles() {
    return articles;
  }

  int failures() {
    return failures;
  }

  int exitStatus() {
    return failures == 0 ? 0 : SOME_INPUTS_FAILED;
  }

  /** The first line of what went wrong. */
  static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
  }
}
