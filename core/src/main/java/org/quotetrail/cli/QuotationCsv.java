package org.quotetrail.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import org.quotetrail.store.StoredQuotation;

/**
 * Prints stored quotations as CSV by RFC 4180: a header line, CRLF line ends, and fields holding a
 * comma, a double quote or a line break put in double quotes, with inner double quotes doubled.
 * The columns are the fields of {@link QuotationJson}, the speaker's spelled {@code speaker_name}
 * and so on; an absent value is an empty field.
 */
final class QuotationCsv implements QuotationFormat {
  /** The header, in column order. */
  static final List<String> COLUMNS =
      List.of(
          "source", "url", "outlet", "title", "published", "ordinal", "text", "begin", "end", "place", "kind", "cue",
          "speaker_name", "speaker_type", "speaker_mention", "speaker_role", "confidence", "evidence");

  private static final String CRLF = "\r\n";

  @Override
  public void write(List<StoredQuotation> quotations, PrintWriter out) {
    out.print(String.join(",", COLUMNS) + CRLF);
    for (StoredQuotation stored : quotations) {
      JsonNode json = QuotationJson.object(stored);
      StringBuilder line = new StringBuilder();
      for (String column : COLUMNS) {
        if (line.length() > 0) {
          line.append(',');
        }
        line.append(field(value(json, column)));
      }
      out.print(line.append(CRLF));
    }
  }

  /** The value of {@code column} in the JSON of a quotation: "speaker_name" is speaker.name. */
  private static JsonNode value(JsonNode json, String column) {
    return column.startsWith("speaker_")
        ? json.path("speaker").path(column.substring("speaker_".length()))
        : json.path(column);
  }

  /** One CSV field, quoted only when it must be. */
  static String field(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return "";
    }
    String text = value.asText();
    boolean mustQuote = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return mustQuote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
