package org.quotetrail.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quotetrail.link.ArticleLinker;
import org.quotetrail.store.GroupCommits;
import org.quotetrail.store.SaveResult;
import org.quotetrail.store.Store;
import org.quotetrail.store.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * Cross-article linking of the job's result, on the driver, with the core's own linker so that
 * stories, speakers, variants, credits and replies are exactly what {@code ingest} makes of the
 * same articles. The written articles are read back a partition at a time, saved into a scratch
 * SQLite store on the driver's disk and linked in {@code ingest}'s order ({@link
 * ArticleLinker#unlinked}); the link tables are then written as Parquet beside {@code articles},
 * naming articles by {@code source} and quotations by article source and index, never by store ids
 * (story, speaker and variant group ids are kept: they are the only names those have).
 */
final class ResultLinking {
  /** A Parquet dataset of links: its folder under the output, its columns, and the query that fills it. */
  private record Table(String name, StructType schema, String query) {}

  /** Rows handed to Spark at a time, so that the driver never holds a whole large table. */
  private static final int CHUNK = 100_000;

  private static final List<Table> TABLES = List.of(
      new Table("stories", schema(
          field("story_id", DataTypes.LongType, false), field("title", DataTypes.StringType, true),
          field("first_seen", DataTypes.DateType, true), field("last_seen", DataTypes.DateType, true),
          field("articles", DataTypes.IntegerType, false), field("quotations", DataTypes.IntegerType, false)),
          "SELECT id, title, first_seen, last_seen, article_count, quotation_count FROM stories ORDER BY id"),
      new Table("story_articles", schema(
          field("story_id", DataTypes.LongType, false), field("article_source", DataTypes.StringType, false),
          field("seen_on", DataTypes.DateType, true), field("outlet", DataTypes.StringType, true)),
          "SELECT sa.story_id, a.source, sa.seen_on, sa.outlet FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
              + " ORDER BY sa.story_id, a.id"),
      new Table("quotation_links", schema(
          field("article_source", DataTypes.StringType, false), field("index", DataTypes.IntegerType, false),
          field("speaker_id", DataTypes.LongType, true), field("speaker", DataTypes.StringType, true),
          field("variant_group_id", DataTypes.LongType, true), field("canonical", DataTypes.BooleanType, false)),
          "SELECT a.source, q.ordinal, l.speaker_id, s.name, l.variant_group_id,"
              + " CASE WHEN g.canonical_quotation_id = q.id THEN 1 ELSE 0 END"
              + " FROM quotation_links l JOIN quotations q ON q.id = l.quotation_id JOIN articles a ON a.id = q.article_id"
              + " LEFT JOIN speakers s ON s.id = l.speaker_id LEFT JOIN variant_groups g ON g.id = l.variant_group_id"
              + " ORDER BY q.id"),
      new Table("credits", schema(
          field("article_source", DataTypes.StringType, false), field("index", DataTypes.IntegerType, true),
          field("outlet", DataTypes.StringType, false), field("phrase", DataTypes.StringType, false)),
          "SELECT a.source, q.ordinal, c.outlet, c.phrase FROM credits c JOIN articles a ON a.id = c.article_id"
              + " LEFT JOIN quotations q ON q.id = c.quotation_id ORDER BY c.id"),
      new Table("replies", schema(
          field("statement_source", DataTypes.StringType, false), field("statement_index", DataTypes.IntegerType, false),
          field("reply_source", DataTypes.StringType, false), field("reply_index", DataTypes.IntegerType, false)),
          "SELECT sa.source, sq.ordinal, ra.source, rq.ordinal FROM replies r"
              + " JOIN quotations sq ON sq.id = r.statement_quotation_id JOIN articles sa ON sa.id = sq.article_id"
              + " JOIN quotations rq ON rq.id = r.reply_quotation_id JOIN articles ra ON ra.id = rq.article_id"
              + " ORDER BY r.reply_quotation_id"));

  private ResultLinking() {}

  /** The folders the link tables are written to under the job's output, by table. */
  static List<String> tableNames() {
    return TABLES.stream().map(Table::name).toList();
  }

  /** Links the articles {@code options} wrote and writes the link tables beside them. */
  static LinkSummary run(SparkSession spark, JobOptions options) throws IOException {
    Path scratch = Files.createTempDirectory("quotetrail-link");
    Path db = scratch.resolve("links.db");
    try {
      LinkSummary summary;
      try (Store store = Store.open(db.toString())) {
        long duplicates = load(spark, options, store);
        summary = link(store, "the scratch store", duplicates);
      }
      write(spark, options, db);
      return summary;
    } finally {
      try (var files = Files.list(scratch)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(scratch);
    }
  }

  /** Saves the written articles into {@code store} in the order the job wrote them; returns how many were duplicates. */
  private static long load(SparkSession spark, JobOptions options, Store store) {
    long duplicates = 0;
    Iterator<Row> rows = spark.read().parquet(options.articles()).toLocalIterator();
    try (GroupCommits commits = new GroupCommits(store)) {
      while (rows.hasNext()) {
        SaveResult saved = store.save(ArticleRows.article(rows.next()));
        if (saved.alreadyStored()) {
          duplicates++;
        }
        commits.unitDone();
      }
    }
    return duplicates;
  }

  /**
   * Links the articles of the store at {@code location} ({@code --jdbc}) not linked yet: those the
   * job saved, and any an earlier run or {@code ingest} left unlinked, as {@code ingest} links.
   */
  static LinkSummary linkStore(String location) {
    try (Store store = Store.open(location)) {
      return link(store, "store " + Store.nameOf(location), 0);
    }
  }

  /** Links the unlinked articles of {@code store}, named {@code name} in problems, {@code duplicates} of the result having been left out. */
  private static LinkSummary link(Store store, String name, long duplicates) {
    List<String> problems = new ArrayList<>();
    ArticleLinker linker = new ArticleLinker(store.links());
    // The rows carry no fetch time: undated articles keep the order they were read in, after the dated.
    List<Long> unlinked = linker.unlinked(Map.of());
    linker.linkAll(unlinked, Map.of(), (id, e) -> {
      if (!(e instanceof StoreException || e instanceof IllegalArgumentException)) {
        throw e;
      }
      problems.add("article " + id + " of " + name + ": cannot link: " + e.getMessage());
    });
    return new LinkSummary(unlinked.size() - problems.size(), duplicates, store.links().storyCount(), problems);
  }

  private static void write(SparkSession spark, JobOptions options, Path db) {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection connection = config.createConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement()) {
      for (Table table : TABLES) {
        try (ResultSet rows = statement.executeQuery(table.query())) {
          write(spark, options, table, rows);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the links back from the scratch store " + db + ": " + e.getMessage(), e);
    }
  }

  private static void write(SparkSession spark, JobOptions options, Table table, ResultSet rows) throws SQLException {
    String path = options.output() + "/" + table.name();
    SaveMode first = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    List<Row> chunk = new ArrayList<>();
    boolean written = false;
    while (rows.next()) {
      chunk.add(row(rows, table.schema()));
      if (chunk.size() == CHUNK) {
        spark.createDataFrame(chunk, table.schema()).write().mode(written ? SaveMode.Append : first).parquet(path);
        written = true;
        chunk.clear();
      }
    }
    if (!written || !chunk.isEmpty()) {
      spark.createDataFrame(chunk, table.schema()).coalesce(1).write().mode(written ? SaveMode.Append : first).parquet(path);
    }
  }

  private static Row row(ResultSet rows, StructType schema) throws SQLException {
    StructField[] fields = schema.fields();
    Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      DataType type = fields[i].dataType();
      int column = i + 1;
      if (type == DataTypes.DateType) {
        LocalDate date = rows.getObject(column, LocalDate.class);
        values[i] = date == null ? null : java.sql.Date.valueOf(date);
      } else if (type == DataTypes.BooleanType) {
        values[i] = rows.getInt(column) != 0;
      } else if (type == DataTypes.LongType) {
        long value = rows.getLong(column);
        values[i] = rows.wasNull() ? null : value;
      } else if (type == DataTypes.IntegerType) {
        int value = rows.getInt(column);
        values[i] = rows.wasNull() ? null : value;
      } else {
        values[i] = rows.getString(column);
      }
    }
    return RowFactory.create(values);
  }

  private static StructType schema(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
