package org.quotetrail.store;

import java.util.ArrayList;
import java.util.List;
import org.quotetrail.model.Quotation;
import org.quotetrail.text.Span;

/** How the parts of a split quotation are kept in one column: "begin-end,begin-end", null when not split. */
final class QuotationParts {
  private QuotationParts() {}

  static String encode(Quotation q) {
    if (!q.split()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (Span part : q.parts()) {
      out.append(out.length() == 0 ? "" : ",").append(part.begin()).append('-').append(part.end());
    }
    return out.toString();
  }

  /** The parts written by {@link #encode}; an empty list (one part, the whole span) for null. */
  static List<Span> decode(String column) {
    List<Span> parts = new ArrayList<>();
    if (column == null || column.isBlank()) {
      return parts;
    }
    for (String part : column.split(",")) {
      String[] bounds = part.split("-");
      parts.add(new Span(Integer.parseInt(bounds[0].strip()), Integer.parseInt(bounds[1].strip())));
    }
    return parts;
  }
}
