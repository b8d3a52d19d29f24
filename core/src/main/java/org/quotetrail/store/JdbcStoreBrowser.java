package org.quotetrail.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A {@link StoreBrowser} on a store's JDBC connection; its SQL differs by database only in word search. */
final class JdbcStoreBrowser implements StoreBrowser {
  /** Newest first; SQLite puts nulls last in descending order by default, PostgreSQL when told. */
  private static final String NEWEST_FIRST = " ORDER BY a.published DESC NULLS LAST, a.id DESC";
  private static final String ARTICLE_COLUMNS =
      "SELECT a.id, a.source, a.url, a.outlet, a.title, a.published,"
          + " (SELECT COUNT(*) FROM quotations c WHERE c.article_id = a.id) FROM articles a";
  private static final int MAIN_SPEAKERS = 3;

  private final Connection connection;
  private final String location;
  private final boolean postgres;
  private final StoryReads storyReads;

  JdbcStoreBrowser(Connection connection, String location, boolean postgres) {
    this.connection = connection;
    this.location = location;
    this.postgres = postgres;
    this.storyReads = new StoryReads(new Sql(connection, location));
  }

  @Override
  public ResultPage<ArticleSummary> articles(BrowseFilter filter, PageRequest page) {
    BrowseSql where = BrowseSql.of(filter, BrowseSql.Searched.ARTICLE_BODY, postgres);
    try {
      List<ArticleSummary> found = new ArrayList<>();
      try (PreparedStatement select = prepare(ARTICLE_COLUMNS + where.where() + NEWEST_FIRST + limit(page), where.parameters());
          ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(new ArticleSummary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
              rows.getString(5), rows.getObject(6, LocalDate.class), rows.getInt(7), List.of()));
        }
      }
      long total = total(found.size(), page, "SELECT COUNT(*) FROM articles a" + where.where(), where.parameters());
      return new ResultPage<>(withMainSpeakers(found), total, page);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** The articles with their most quoted speakers, read in one query for the whole page. */
  private List<ArticleSummary> withMainSpeakers(List<ArticleSummary> articles) throws SQLException {
    if (articles.isEmpty()) {
      return articles;
    }
    String ids = articles.stream().map(a -> Long.toString(a.id())).collect(Collectors.joining(","));
    Map<Long, List<String>> speakers = new LinkedHashMap<>();
    String sql = "SELECT article_id, speaker_name, COUNT(*) AS n FROM quotations WHERE speaker_name IS NOT NULL"
        + " AND article_id IN (" + ids + ") GROUP BY article_id, speaker_name ORDER BY article_id, n DESC, speaker_name";
    try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        List<String> names = speakers.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>());
        if (names.size() < MAIN_SPEAKERS) {
          names.add(rows.getString(2));
        }
      }
    }
    List<ArticleSummary> filled = new ArrayList<>();
    for (ArticleSummary a : articles) {
      filled.add(new ArticleSummary(a.id(), a.source(), a.url(), a.outlet(), a.title(), a.published(),
          a.quotationCount(), speakers.getOrDefault(a.id(), Collections.emptyList())));
    }
    return filled;
  }

  @Override
  public ResultPage<FoundQuotation> quotations(BrowseFilter filter, PageRequest page) {
    BrowseSql where = BrowseSql.of(filter, BrowseSql.Searched.QUOTATION_TEXT, postgres);
    try {
      List<FoundQuotation> found = new ArrayList<>();
      // Without conditions on quotations, the newest articles are read first and the page is found at once.
      boolean articlesFirst = filter.speaker() == null && filter.words() == null;
      String from = articlesFirst ? QuotationSelect.COLUMNS_ARTICLES_FIRST + where.and() : QuotationSelect.COLUMNS + where.where();
      String sql = from + NEWEST_FIRST + ", q.ordinal" + limit(page);
      try (PreparedStatement select = prepare(sql, where.parameters()); ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(new FoundQuotation(rows.getLong(QuotationSelect.ID_COLUMN), QuotationSelect.read(rows)));
        }
      }
      // Every quotation has its article: without conditions on articles the join only slows the count.
      String counted = where.onArticles() ? "quotations q JOIN articles a ON a.id = q.article_id" : "quotations q";
      long total = total(found.size(), page, "SELECT COUNT(*) FROM " + counted + where.where(), where.parameters());
      return new ResultPage<>(found, total, page);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public ResultPage<StorySummary> stories(BrowseFilter filter, PageRequest page) {
    BrowseSql where = BrowseSql.stories(filter, postgres);
    try {
      List<StorySummary> found = stories(where.where() + " ORDER BY s.last_seen DESC NULLS LAST, s.id DESC" + limit(page),
          where.parameters());
      long total = total(found.size(), page, "SELECT COUNT(*) FROM stories s" + where.where(), where.parameters());
      return new ResultPage<>(StorySummaries.fill(connection, found), total, page);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public Optional<StorySummary> story(long id) {
    try {
      List<StorySummary> found = stories(" WHERE s.id = ?", List.of(id));
      return StorySummaries.fill(connection, found).stream().findFirst();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** The stories {@code rest} (a WHERE clause, order and limit) selects, without their outlets and speakers. */
  private List<StorySummary> stories(String rest, List<Object> parameters) throws SQLException {
    String sql = "SELECT s.id, s.title, s.first_seen, s.last_seen, s.article_count, s.quotation_count FROM stories s" + rest;
    List<StorySummary> found = new ArrayList<>();
    try (PreparedStatement select = prepare(sql, parameters); ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        found.add(new StorySummary(rows.getLong(1), rows.getString(2), rows.getObject(3, LocalDate.class),
            rows.getObject(4, LocalDate.class), rows.getInt(5), rows.getInt(6), List.of(), List.of()));
      }
    }
    return found;
  }

  @Override
  public List<StoryArticle> storyArticles(long storyId, PageRequest page) {
    return storyReads.articles(storyId, page);
  }

  @Override
  public List<LinkedQuote> articleQuotations(Collection<Long> articleIds, int limit) {
    return storyReads.quotationsOf(articleIds, limit);
  }

  @Override
  public List<LinkedQuote> linkedQuotations(Collection<Long> ids) {
    return storyReads.quotations(ids);
  }

  @Override
  public ReportedStatements reportedStatements(long storyId, Collection<Long> groupIds, int most, int shown) {
    return storyReads.reportedStatements(storyId, groupIds, most, shown);
  }

  @Override
  public List<Reply> replies(Collection<Long> quotationIds) {
    return storyReads.replies(quotationIds);
  }

  @Override
  public Optional<ArticleDetail> article(long id) {
    String sql = "SELECT source, url, outlet, title, byline, published, body FROM articles WHERE id = ?";
    try (PreparedStatement select = prepare(sql, List.of(id)); ResultSet rows = select.executeQuery()) {
      if (!rows.next()) {
        return Optional.empty();
      }
      return Optional.of(new ArticleDetail(id, rows.getString(1), rows.getString(2), rows.getString(3),
          rows.getString(4), rows.getString(5), rows.getObject(6, LocalDate.class), rows.getString(7), quotes(id)));
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private List<ArticleDetail.Quote> quotes(long articleId) throws SQLException {
    List<ArticleDetail.Quote> quotes = new ArrayList<>();
    String sql = QuotationSelect.COLUMNS + " WHERE a.id = ? ORDER BY q.ordinal";
    try (PreparedStatement select = prepare(sql, List.of(articleId)); ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        StoredQuotation stored = QuotationSelect.read(rows);
        quotes.add(new ArticleDetail.Quote(rows.getLong(QuotationSelect.ID_COLUMN), stored.ordinal(), stored.quotation()));
      }
    }
    return quotes;
  }

  /** The size of the whole result: known from a page that is not full, else counted by {@code sql}. */
  private long total(int found, PageRequest page, String sql, List<Object> parameters) throws SQLException {
    if (found < page.limit() && (found > 0 || page.offset() == 0)) {
      return page.offset() + found;
    }
    return count(sql, parameters);
  }

  private long count(String sql, List<Object> parameters) throws SQLException {
    try (PreparedStatement count = prepare(sql, parameters); ResultSet rows = count.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }

  private static String limit(PageRequest page) {
    return " LIMIT " + page.limit() + " OFFSET " + page.offset();
  }

  private StoreException failed(SQLException e) {
    return new StoreException("cannot read store " + location + ": " + StoreException.reason(e), e);
  }
}
