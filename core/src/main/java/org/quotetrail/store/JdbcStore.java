package org.quotetrail.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.Quotation;

/**
 * A store on one JDBC connection to a migrated database. Its SQL is what SQLite and PostgreSQL
 * both accept ({@code INSERT ... ON CONFLICT DO NOTHING RETURNING}, {@code java.time} values bound
 * with {@code setObject}), so every backend shares it. Not for use by several threads at once.
 */
final class JdbcStore implements Store {
  private static final String INSERT_ARTICLE =
      "INSERT INTO articles"
          + " (source, content_hash, url, outlet, outlet_key, title, byline, published, body, ingested_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING RETURNING id";
  private static final String FIND_ARTICLE = "SELECT id FROM articles WHERE content_hash = ?";
  private static final String QUOTATION_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_QUOTATION =
      "INSERT INTO quotations (article_id, ordinal, text, begin_offset, end_offset, kind, cue, speaker_name,"
          + " speaker_key, speaker_type, speaker_mention, speaker_role, confidence, evidence, parts, place)"
          + " VALUES " + QUOTATION_VALUES;
  /** Rows per INSERT of quotations: 16 parameters each, well below the databases' limits on parameters. */
  private static final int QUOTATIONS_PER_STATEMENT = 64;

  /** How long to wait for the database to answer when asking whether the connection still works. */
  private static final int LIVENESS_TIMEOUT_SECONDS = 5;

  private final Connection connection;
  private final Transactions transactions;
  private final String location;
  private final StoreBrowser browser;
  private final LinkStore links;

  /** A store on {@code connection}, which it owns and closes; {@code location} names it in errors. */
  JdbcStore(Connection connection, String location) {
    this.connection = connection;
    boolean postgres = isPostgres(connection);
    this.transactions = new Transactions(connection, !postgres);
    this.location = location;
    this.browser = new JdbcStoreBrowser(connection, location, postgres);
    this.links = new JdbcLinkStore(new Sql(connection, location), transactions);
  }

  private static boolean isPostgres(Connection connection) {
    try {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new StoreException("cannot read the kind of database: " + StoreException.reason(e), e);
    }
  }

  @Override
  public StoreBrowser browser() {
    return browser;
  }

  @Override
  public LinkStore links() {
    return links;
  }

  @Override
  public SaveResult save(ExtractedArticle article) {
    try {
      return transactions.unit(() -> insert(article));
    } catch (SQLException e) {
      throw failure(e, "refused the article");
    }
  }

  @Override
  public Group beginGroup() {
    try {
      transactions.beginGroup();
    } catch (SQLException e) {
      throw failure(e, "cannot begin a transaction");
    }
    return () -> {
      try {
        transactions.endGroup();
      } catch (SQLException e) {
        throw failure(e, "cannot commit");
      }
    };
  }

  /** The exception for {@code e}: the store is lost, or it refused what {@code refusal} says. */
  private StoreException failure(SQLException e, String refusal) {
    if (isLost()) {
      return new StoreLostException("lost the connection to store " + location + ": " + StoreException.reason(e), e);
    }
    return new StoreException("store " + location + " " + refusal + ": " + StoreException.reason(e), e);
  }

  /** Whether the connection is gone for good, rather than the database refusing one article. */
  private boolean isLost() {
    try {
      return !connection.isValid(LIVENESS_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return true;
    }
  }

  private SaveResult insert(ExtractedArticle article) throws SQLException {
    String hash = ContentHash.of(article.body());
    try (PreparedStatement insert = connection.prepareStatement(INSERT_ARTICLE)) {
      bindArticle(insert, article, hash);
      try (ResultSet inserted = insert.executeQuery()) {
        if (inserted.next()) {
          long id = inserted.getLong(1);
          insertQuotations(id, article.quotes());
          return new SaveResult(id, false);
        }
      }
    }
    return new SaveResult(existingArticle(hash), true);
  }

  private static void bindArticle(PreparedStatement insert, ExtractedArticle article, String hash)
      throws SQLException {
    insert.setString(1, article.source());
    insert.setString(2, hash);
    insert.setString(3, article.url());
    insert.setString(4, article.outlet());
    insert.setString(5, NameKey.of(article.outlet()));
    insert.setString(6, article.title());
    insert.setString(7, article.byline());
    insert.setObject(8, article.published());
    insert.setString(9, article.body());
    insert.setObject(10, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
  }

  private void insertQuotations(long articleId, List<Quotation> quotes) throws SQLException {
    for (int first = 0; first < quotes.size(); first += QUOTATIONS_PER_STATEMENT) {
      insertQuotations(articleId, quotes, first, Math.min(quotes.size(), first + QUOTATIONS_PER_STATEMENT));
    }
    SpeakerWords.insert(connection, articleId, quotes.stream().map(q -> NameKey.of(q.speaker().name())).toList());
  }

  /**
   * Inserts quotations {@code from} (inclusive) to {@code to} of an article with one statement: on
   * SQLite each statement whose trigger writes the FTS5 index has a fixed cost (the index flushes
   * its pending terms at the statement's savepoint), which was most of a quotation's insert when
   * each had its own statement (measured: 50 µs a row alone, 27 in one statement per article).
   */
  private void insertQuotations(long articleId, List<Quotation> quotes, int from, int to) throws SQLException {
    String sql = INSERT_QUOTATION + (", " + QUOTATION_VALUES).repeat(to - from - 1);
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      int parameter = 1;
      for (int ordinal = from; ordinal < to; ordinal++) {
        Quotation q = quotes.get(ordinal);
        insert.setLong(parameter++, articleId);
        insert.setInt(parameter++, ordinal);
        insert.setString(parameter++, q.text());
        insert.setInt(parameter++, q.begin());
        insert.setInt(parameter++, q.end());
        insert.setString(parameter++, q.kind().label());
        insert.setString(parameter++, q.cue());
        insert.setString(parameter++, q.speaker().name());
        insert.setString(parameter++, NameKey.of(q.speaker().name()));
        insert.setString(parameter++, q.speaker().type().label());
        insert.setString(parameter++, q.speaker().mention());
        insert.setString(parameter++, q.speaker().role());
        insert.setDouble(parameter++, q.confidence());
        insert.setString(parameter++, q.evidence());
        insert.setString(parameter++, QuotationParts.encode(q));
        insert.setString(parameter++, q.place().label());
      }
      insert.executeUpdate();
    }
  }

  private long existingArticle(String hash) throws SQLException {
    try (PreparedStatement find = connection.prepareStatement(FIND_ARTICLE)) {
      find.setString(1, hash);
      try (ResultSet found = find.executeQuery()) {
        if (!found.next()) {
          throw new SQLException("article with hash " + hash + " neither inserted nor found");
        }
        return found.getLong(1);
      }
    }
  }

  @Override
  public List<StoredQuotation> quotations(QuotationQuery query) {
    QuotationSelect select = QuotationSelect.of(query);
    try (PreparedStatement statement = connection.prepareStatement(select.sql())) {
      for (int i = 0; i < select.parameters().size(); i++) {
        statement.setString(i + 1, select.parameters().get(i));
      }
      List<StoredQuotation> found = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(QuotationSelect.read(rows));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new StoreException("cannot read store " + location + ": " + StoreException.reason(e), e);
    }
  }

  @Override
  public long articleCount() {
    try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM articles");
        ResultSet rows = count.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read store " + location + ": " + StoreException.reason(e), e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + location + ": " + StoreException.reason(e), e);
    }
  }
}
