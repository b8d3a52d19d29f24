package org.quotetrail.cli;

import java.io.PrintWriter;
import java.time.LocalDate;

/** Plain-text lines for the link commands: one value a column, long texts cut to a width. */
final class LinkTable {
  private LinkTable() {}

  /** {@code text} cut to {@code width} characters, ending in "…" when cut; "-" when null. */
  static String cut(String text, int width) {
    if (text == null) {
      return "-";
    }
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= width ? oneLine : oneLine.substring(0, Math.max(0, width - 1)) + "…";
  }

  static String date(LocalDate date) {
    return date == null ? "----------" : date.toString();
  }

  static void heading(PrintWriter out, String text) {
    out.println(text);
    out.println("-".repeat(Math.min(text.length(), 100)));
  }
}
