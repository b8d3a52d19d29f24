package org.quotetrail.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** The portable SQL that reads {@link LinkedQuote}s (a quotation with its article, story, speaker, group and credit), and its mapping. */
final class LinkedQuotes {
  /** The columns {@link #read} maps, from quotations joined to their articles, stories and links; conditions follow. */
  static final String COLUMNS =
      "SELECT q.id, a.id, sa.story_id, a.source, sa.outlet, a.title, sa.seen_on, q.begin_offset, q.text, q.kind,"
          + " l.speaker_id, s.name, l.variant_group_id,"
          + " (SELECT MIN(c.outlet) FROM credits c WHERE c.quotation_id = q.id)"
          + " FROM quotations q JOIN articles a ON a.id = q.article_id JOIN story_articles sa ON sa.article_id = a.id"
          + " LEFT JOIN quotation_links l ON l.quotation_id = q.id LEFT JOIN speakers s ON s.id = l.speaker_id";
  /** Earliest first: by date (undated last), article and position. */
  static final String BY_DATE = " ORDER BY CASE WHEN sa.seen_on IS NULL THEN 1 ELSE 0 END, sa.seen_on, a.id, q.ordinal";

  private LinkedQuotes() {}

  static LinkedQuote read(ResultSet row) throws SQLException {
    return new LinkedQuote(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4), row.getString(5),
        row.getString(6), row.getObject(7, LocalDate.class), row.getInt(8), row.getString(9), row.getString(10),
        nullableLong(row, 11), row.getString(12), nullableLong(row, 13), row.getString(14));
  }

  private static Long nullableLong(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }
}
