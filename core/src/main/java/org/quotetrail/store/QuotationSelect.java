package org.quotetrail.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.quotetrail.model.QuotationFilter;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.QuotePlace;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;

/**
 * The portable SQL that reads the quotations a {@link QuotationQuery} selects, and the mapping of
 * its rows back to {@link StoredQuotation}s. Quotations of undated articles come last.
 *
 * @param sql the statement
 * @param parameters its string parameters, in order
 */
record QuotationSelect(String sql, List<String> parameters) {
  /** The columns of a quotation (table alias {@code q}) that {@link #readQuotation} reads. */
  static final String QUOTATION_COLUMNS =
      "q.text, q.begin_offset, q.end_offset, q.kind, q.cue, q.speaker_name, q.speaker_type, q.speaker_mention,"
          + " q.speaker_role, q.confidence, q.evidence, q.parts, q.place";
  /** The columns {@link #read} maps, then the quotation's id (column {@link #ID_COLUMN}), from quotations joined to articles. */
  static final String COLUMNS =
      "SELECT a.id, a.source, a.url, a.outlet, a.title, a.published, q.ordinal, " + QUOTATION_COLUMNS
          + ", q.id FROM quotations q JOIN articles a ON a.id = q.article_id";
  /**
   * {@link #COLUMNS} with the articles read first, to be followed by " AND " conditions: newest
   * first, SQLite then walks the articles' date index and stops after the page (it keeps the order
   * of a CROSS JOIN); from the quotations, it would sort every quotation for each page.
   */
  static final String COLUMNS_ARTICLES_FIRST =
      "SELECT a.id, a.source, a.url, a.outlet, a.title, a.published, q.ordinal, " + QUOTATION_COLUMNS
          + ", q.id FROM articles a CROSS JOIN quotations q WHERE q.article_id = a.id";
  /** The column of {@link #COLUMNS} that holds the quotation's id. */
  static final int ID_COLUMN = 21;
  private static final String ORDER =
      " ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, a.id, q.ordinal";
  /** A condition that is never true, for a name with no words in it. */
  static final String NOTHING = "1 = 0";

  QuotationSelect {
    parameters = List.copyOf(parameters);
  }

  static QuotationSelect of(QuotationQuery query) {
    List<String> conditions = new ArrayList<>();
    List<String> parameters = new ArrayList<>();
    if (query.speaker() != null) {
      SpeakerWords.addCondition(query.speaker(), "q.id", "q.speaker_key", conditions, parameters);
    }
    addNameCondition(query.outlet(), "a.outlet_key", conditions, parameters);
    addFilterConditions(query.filter(), conditions, parameters);
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new QuotationSelect(COLUMNS + where + ORDER, parameters);
  }

  /** The kinds (by label) and the least confidence of {@code filter}; parameters are strings, so the number is cast. */
  static void addFilterConditions(QuotationFilter filter, List<String> conditions, List<String> parameters) {
    if (!filter.kinds().isEmpty()) {
      conditions.add("q.kind IN (" + String.join(", ", Collections.nCopies(filter.kinds().size(), "?")) + ")");
      filter.kinds().stream().map(QuoteKind::label).sorted().forEach(parameters::add);
    }
    if (filter.minConfidence() > 0) {
      conditions.add("q.confidence >= CAST(? AS DOUBLE PRECISION)");
      parameters.add(Double.toString(filter.minConfidence()));
    }
  }

  static void addNameCondition(
      String name, String keyColumn, List<String> conditions, List<String> parameters) {
    if (name == null) {
      return;
    }
    String pattern = NameKey.likePattern(name);
    if (pattern == null) {
      conditions.add(NOTHING);
    } else {
      conditions.add(keyColumn + " LIKE ?");
      parameters.add(pattern);
    }
  }

  /** The quotation on the current row of {@code rows}, which came from {@link #sql}. */
  static StoredQuotation read(ResultSet rows) throws SQLException {
    Quotation quotation = readQuotation(rows, 8);
    return new StoredQuotation(
        rows.getLong(1),
        rows.getString(2),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        rows.getObject(6, LocalDate.class),
        rows.getInt(7),
        quotation);
  }

  /** The quotation whose {@link #QUOTATION_COLUMNS} start at column {@code first} of the current row. */
  static Quotation readQuotation(ResultSet rows, int first) throws SQLException {
    Speaker speaker =
        new Speaker(
            rows.getString(first + 5),
            SpeakerType.valueOf(rows.getString(first + 6).toUpperCase(Locale.ROOT)),
            rows.getString(first + 7),
            rows.getString(first + 8));
    return new Quotation(
        rows.getString(first),
        rows.getInt(first + 1),
        rows.getInt(first + 2),
        QuoteKind.fromLabel(rows.getString(first + 3)),
        rows.getString(first + 4),
        speaker,
        rows.getDouble(first + 9),
        rows.getString(first + 10),
        QuotationParts.decode(rows.getString(first + 11)),
        QuotePlace.fromLabel(rows.getString(first + 12)));
  }
}
