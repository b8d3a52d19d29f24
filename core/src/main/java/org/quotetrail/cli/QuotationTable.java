package org.quotetrail.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.quotetrail.model.Speaker;
import org.quotetrail.store.StoredQuotation;

/**
 * Prints stored quotations as an aligned table for people: date, speaker, outlet, title and the
 * quoted words, each on one line within a total width. Columns are as wide as their longest value
 * up to a cap; the quotation takes the rest, and longer values end in "…".
 */
final class QuotationTable implements QuotationFormat {
  /** The narrowest the quotation column gets, whatever the total width. */
  static final int MIN_QUOTE_WIDTH = 20;

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final String GAP = "  ";

  /** A column other than the quotation: its heading, widest width, and value. */
  private record Column(String heading, int cap, Function<StoredQuotation, String> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("DATE", 10, q -> q.published() == null ? "" : q.published().toString()),
          new Column("SPEAKER", 24, q -> speaker(q.quotation().speaker())),
          new Column("OUTLET", 20, q -> orEmpty(q.outlet())),
          new Column("TITLE", 32, q -> orEmpty(q.title())));

  private final int width;

  /** A table that fits in {@code width} characters when it can (the quotation column has a floor). */
  QuotationTable(int width) {
    this.width = width;
  }

  @Override
  public void write(List<StoredQuotation> quotations, PrintWriter out) {
    int[] widths = new int[COLUMNS.size()];
    int used = 0;
    for (int c = 0; c < COLUMNS.size(); c++) {
      widths[c] = columnWidth(COLUMNS.get(c), quotations);
      used += widths[c] + GAP.length();
    }
    int quoteWidth = Math.max(MIN_QUOTE_WIDTH, width - used);
    out.println(line(widths, quoteWidth, c -> COLUMNS.get(c).heading(), "QUOTATION"));
    for (StoredQuotation q : quotations) {
      out.println(line(widths, quoteWidth, c -> COLUMNS.get(c).value().apply(q), q.quotation().text()));
    }
  }

  private static int columnWidth(Column column, List<StoredQuotation> quotations) {
    int widest = column.heading().length();
    for (StoredQuotation q : quotations) {
      widest = Math.max(widest, oneLine(column.value().apply(q)).length());
    }
    return Math.min(widest, column.cap());
  }

  private static String line(int[] widths, int quoteWidth, Function<Integer, String> cell, String quotation) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String value = fit(cell.apply(c), widths[c]);
      line.append(value).append(" ".repeat(widths[c] - value.length())).append(GAP);
    }
    return line.append(fit(quotation, quoteWidth)).toString().stripTrailing();
  }

  /** {@code value} on one line, cut to {@code width} with a closing "…" when longer. */
  static String fit(String value, int width) {
    String flat = oneLine(value);
    return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
  }

  private static String oneLine(String value) {
    return WHITE_SPACE.matcher(value).replaceAll(" ").strip();
  }

  /** The speaker's name, else the words that point to them in brackets, else "?". */
  private static String speaker(Speaker s) {
    if (s.name() != null) {
      return s.name();
    }
    return s.mention() != null ? "(" + s.mention() + ")" : "?";
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
