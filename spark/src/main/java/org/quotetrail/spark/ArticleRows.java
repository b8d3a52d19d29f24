package org.quotetrail.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.QuotePlace;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.text.Span;

/**
 * The Parquet form of an extracted article: the fields of {@code extract}'s JSON, with the same
 * names and nesting ({@code quotes}, each with its {@code speaker}; {@code parts} only for a
 * quotation split by its attribution), as Spark rows.
 */
final class ArticleRows {
  static final StructType SPAN = new StructType(new StructField[] {
      field("begin", DataTypes.IntegerType, false),
      field("end", DataTypes.IntegerType, false)});

  static final StructType SPEAKER = new StructType(new StructField[] {
      field("name", DataTypes.StringType, true),
      field("type", DataTypes.StringType, false),
      field("mention", DataTypes.StringType, true),
      field("role", DataTypes.StringType, true)});

  static final StructType QUOTE = new StructType(new StructField[] {
      field("text", DataTypes.StringType, false),
      field("begin", DataTypes.IntegerType, false),
      field("end", DataTypes.IntegerType, false),
      field("place", DataTypes.StringType, false),
      field("kind", DataTypes.StringType, false),
      field("cue", DataTypes.StringType, true),
      field("speaker", SPEAKER, false),
      field("confidence", DataTypes.DoubleType, false),
      field("evidence", DataTypes.StringType, true),
      field("parts", new ArrayType(SPAN, false), true)});

  static final StructType ARTICLE = new StructType(new StructField[] {
      field("source", DataTypes.StringType, false),
      field("url", DataTypes.StringType, true),
      field("outlet", DataTypes.StringType, true),
      field("title", DataTypes.StringType, true),
      field("byline", DataTypes.StringType, true),
      field("published", DataTypes.DateType, true),
      field("body", DataTypes.StringType, false),
      field("quotes", new ArrayType(QUOTE, false), false)});

  private ArticleRows() {}

  /** The row of {@code article}, in the {@link #ARTICLE} schema. */
  static Row article(ExtractedArticle article) {
    Row[] quotes = new Row[article.quotes().size()];
    for (int i = 0; i < quotes.length; i++) {
      quotes[i] = quote(article.quotes().get(i));
    }
    return RowFactory.create(
        article.source(), article.url(), article.outlet(), article.title(), article.byline(),
        article.published(), article.body(), quotes);
  }

  private static Row quote(Quotation q) {
    Row[] parts = null;
    if (q.split()) {
      parts = new Row[q.parts().size()];
      for (int i = 0; i < parts.length; i++) {
        Span part = q.parts().get(i);
        parts[i] = RowFactory.create(part.begin(), part.end());
      }
    }
    return RowFactory.create(
        q.text(), q.begin(), q.end(), q.place().label(), q.kind().label(), q.cue(), speaker(q.speaker()), q.confidence(),
        q.evidence(), parts);
  }

  private static Row speaker(Speaker s) {
    return RowFactory.create(s.name(), s.type().label(), s.mention(), s.role());
  }

  /** The article a row of the {@link #ARTICLE} schema holds: the inverse of {@link #article(ExtractedArticle)}. */
  static ExtractedArticle article(Row row) {
    List<Row> rows = row.getList(row.fieldIndex("quotes"));
    List<Quotation> quotes = new ArrayList<>(rows.size());
    for (Row q : rows) {
      quotes.add(quote(q));
    }
    return new ExtractedArticle(row.getAs("source"), row.getAs("url"), row.getAs("outlet"), row.getAs("title"),
        row.getAs("byline"), date(row.get(row.fieldIndex("published"))), row.getAs("body"), quotes);
  }

  private static Quotation quote(Row q) {
    List<Span> parts = new ArrayList<>();
    if (!q.isNullAt(q.fieldIndex("parts"))) {
      for (Row part : q.<Row>getList(q.fieldIndex("parts"))) {
        parts.add(new Span(part.<Integer>getAs("begin"), part.<Integer>getAs("end")));
      }
    }
    Row s = q.getAs("speaker");
    Speaker speaker = new Speaker(s.getAs("name"), SpeakerType.valueOf(s.<String>getAs("type").toUpperCase(Locale.ROOT)),
        s.getAs("mention"), s.getAs("role"));
    // Parquet written before quotations had a place holds body quotations only.
    QuotePlace place = List.of(q.schema().fieldNames()).contains("place") ? QuotePlace.fromLabel(q.getAs("place")) : QuotePlace.BODY;
    return new Quotation(q.getAs("text"), q.<Integer>getAs("begin"), q.<Integer>getAs("end"),
        QuoteKind.fromLabel(q.getAs("kind")), q.getAs("cue"), speaker, q.<Double>getAs("confidence"), q.getAs("evidence"), parts,
        place);
  }

  /** A date column's value: {@code java.sql.Date} as Parquet is read back, or {@code LocalDate} as rows are made. */
  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
