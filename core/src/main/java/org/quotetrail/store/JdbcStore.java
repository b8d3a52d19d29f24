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
  private static final String INSERT_QUOTATION =
      "INSERT INTO quotations (article_id, ordinal, text, begin_offset, end_offset, kind, cue, speaker_name,"
          + " speaker_key, speaker_type, speaker_mention, speaker_role, confidence, evidence, parts)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** How long to wait for the database to answer when asking whether the connection still works. */
  private static final int LIVENESS_TIMEOUT_SECONDS = 5;

  private final Connection connection;
  private final String location;
  private final StoreBrowser browser;
  private final LinkStore links;

  /** A store on {@code connection}, which it owns and closes; {@code location} names it in errors. */
  JdbcStore(Connection connection, String location) {
    this.connection = connection;
    this.location = location;
    this.browser = new JdbcStoreBrowser(connection, location, isPostgres(connection));
    this.links = new JdbcLinkStore(new Sql(connection, location));
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
      connection.setAutoCommit(false);
      SaveResult result = insert(article);
      connection.commit();
      connection.setAutoCommit(true);
      return result;
    } catch (SQLException e) {
      undo(e);
      if (isLost()) {
        throw new StoreLostException("lost the connection to store " + location + ": " + StoreException.reason(e), e);
      }
      throw new StoreException("store " + location + " refused the article: " + StoreException.reason(e), e);
    } catch (RuntimeException e) {
      undo(e);
      throw e;
    }
  }

  /** Rolls the article's transaction back and returns to auto-commit; what fails in that is kept with {@code cause}. */
  private void undo(Exception cause) {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
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
    try (PreparedStatement insert = connection.prepareStatement(INSERT_QUOTATION);
        PreparedStatement insertWords = connection.prepareStatement(SpeakerWords.INSERT)) {
      for (int ordinal = 0; ordinal < quotes.size(); ordinal++) {
        Quotation q = quotes.get(ordinal);
        insert.setLong(1, articleId);
        insert.setInt(2, ordinal);
        insert.setString(3, q.text());
        insert.setInt(4, q.begin());
        insert.setInt(5, q.end());
        insert.setString(6, q.kind().label());
        insert.setString(7, q.cue());
        insert.setString(8, q.speaker().name());
        String key = NameKey.of(q.speaker().name());
        insert.setString(9, key);
        insert.setString(10, q.speaker().type().label());
        insert.setString(11, q.speaker().mention());
        insert.setString(12, q.speaker().role());
        insert.setDouble(13, q.confidence());
        insert.setString(14, q.evidence());
        insert.setString(15, QuotationParts.encode(q));
        insert.addBatch();
        for (String word : key == null ? List.<String>of() : NameKey.words(key)) {
          insertWords.setString(1, word);
          insertWords.setLong(2, articleId);
          insertWords.setInt(3, ordinal);
          insertWords.addBatch();
        }
      }
      insert.executeBatch();
      insertWords.executeBatch();
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
