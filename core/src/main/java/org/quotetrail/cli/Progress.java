package org.quotetrail.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress report for long batches (files done of total, articles, rate, ETA), redrawn
 * at most a few times a second on a terminal, and silent when standard error is not a terminal
 * (pipes, files, CI).
 */
final class Progress {
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private int totalFiles;
  private int filesDone;
  private int articles;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Progress on an interactive terminal, unless CI is set. */
  static Progress forTerminal(PrintWriter err) {
    return new Progress(err, System.console() != null && System.getenv("CI") == null);
  }

  void files(int total) {
    totalFiles = total;
  }

  void article() {
    articles++;
    draw(false);
  }

  void fileDone() {
    filesDone++;
    draw(false);
  }

  /** Clears the progress line, so the summary that follows stands alone. */
  void finish() {
    if (enabled && lastDraw != 0) {
      err.print("\r\u001b[2K");
      err.flush();
    }
  }

  private void draw(boolean force) {
    long now = System.nanoTime();
    if (!enabled || !force && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    double rate = articles / Math.max(seconds, 1e-9);
    String eta = "";
    if (filesDone > 0 && totalFiles > filesDone) {
      double remaining = seconds / filesDone * (totalFiles - filesDone);
      eta = String.format(Locale.ROOT, ", ETA %dm%02ds", (long) remaining / 60, (long) remaining % 60);
    }
    err.printf(Locale.ROOT, "\r\u001b[2K%d/%d files, %d articles, %.0f articles/s%s", filesDone, totalFiles, articles, rate, eta);
    err.flush();
  }
}
