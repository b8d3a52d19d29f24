package org.quotetrail.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The link tables on the connection of a {@link JdbcStore}, in SQL that SQLite and PostgreSQL both
 * accept ({@code ON CONFLICT}, {@code RETURNING}, dates bound as {@code java.time} values).
 */
final class JdbcLinkStore implements LinkStore {
  private static final String STORY_COLUMNS = "SELECT id, title, first_seen, last_seen, article_count, centroid FROM stories";

  /** How many of a story's articles {@link #latestStoryQuotations} reads at a time. */
  private static final int LATEST_ARTICLES_READ = 16;

  /** Most features of one statement reading or adding their counts: a power of two (see {@link #inChunks}). */
  private static final int FEATURES_PER_STATEMENT = 256;

  private final Sql sql;
  private final Transactions transactions;
  private final StoryCounts counts;

  JdbcLinkStore(Sql sql, Transactions transactions) {
    this.sql = sql;
    this.transactions = transactions;
    this.counts = new StoryCounts(sql);
  }

  /** The key of the PostgreSQL advisory lock that link transactions hold: "qtlink" in ASCII. */
  private static final long LINKING_LOCK = 0x71746c696e6bL;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    try {
      return transactions.unit(() -> {
        serializeLinking();
        return work.get();
      });
    } catch (SQLException e) {
      throw sql.failure(e);
    }
  }

  /**
   * Linking is order-dependent and global (stories, speakers), so two ingests must not link at
   * once: on PostgreSQL each link transaction takes one advisory lock, held to its end (SQLite's
   * write transactions already take the database's lock when they begin). The work then sees what
   * the other process linked and skips it.
   */
  private void serializeLinking() throws SQLException {
    if ("PostgreSQL".equals(sql.connection().getMetaData().getDatabaseProductName())) {
      try (var statement = sql.connection().createStatement()) {
        statement.execute("SELECT pg_advisory_xact_lock(" + LINKING_LOCK + ")");
      }
    }
  }

  @Override
  public long nextGeneration() {
    return sql.query("UPDATE link_generation SET generation = generation + 1 WHERE id = 1 RETURNING generation",
        row -> row.getLong(1)).get(0);
  }

  @Override
  public Map<Long, LocalDate> unlinkedArticles() {
    Map<Long, LocalDate> unlinked = new LinkedHashMap<>();
    sql.query(
        "SELECT a.id, a.published FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id"
            + " WHERE sa.article_id IS NULL ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, a.id",
        row -> unlinked.put(row.getLong(1), row.getObject(2, LocalDate.class)));
    return unlinked;
  }

  @Override
  public Optional<Long> storyOf(long articleId) {
    return sql.query("SELECT story_id FROM story_articles WHERE article_id = ?", row -> row.getLong(1), articleId)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<LinkArticle> article(long id) {
    List<LinkArticle.Quote> quotes = new ArrayList<>();
    for (StoredQuotationRow row : sql.query(
        "SELECT q.id, " + QuotationSelect.QUOTATION_COLUMNS + " FROM quotations q WHERE q.article_id = ? ORDER BY q.ordinal",
        r -> new StoredQuotationRow(r.getLong(1), QuotationSelect.readQuotation(r, 2)), id)) {
      quotes.add(new LinkArticle.Quote(row.id(), row.quotation()));
    }
    return sql.query(
            "SELECT id, source, outlet, title, published, body FROM articles WHERE id = ?",
            r -> new LinkArticle(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getObject(5, LocalDate.class), r.getString(6), quotes),
            id)
        .stream()
        .findFirst();
  }

  private record StoredQuotationRow(long id, org.quotetrail.model.Quotation quotation) {}

  @Override
  public long linkedArticleCount() {
    return sql.query("SELECT COUNT(*) FROM story_articles", row -> row.getLong(1)).get(0);
  }

  @Override
  public long storyCount() {
    return sql.query("SELECT COUNT(*) FROM stories", row -> row.getLong(1)).get(0);
  }

  @Override
  public Map<String, Integer> featureCounts(Collection<String> features) {
    Map<String, Integer> counts = new HashMap<>();
    inChunks(List.copyOf(features), chunk -> sql.query(
        "SELECT feature, articles FROM feature_counts WHERE feature IN (" + Sql.marks(chunk) + ")",
        row -> counts.put(row.getString(1), row.getInt(2)), chunk.toArray()));
    return counts;
  }

  @Override
  public void addFeatureCounts(Map<String, Integer> added) {
    inChunks(List.copyOf(added.entrySet()), chunk -> {
      Object[] parameters = new Object[2 * chunk.size()];
      for (int i = 0; i < chunk.size(); i++) {
        parameters[2 * i] = chunk.get(i).getKey();
        parameters[2 * i + 1] = chunk.get(i).getValue();
      }
      sql.update("INSERT INTO feature_counts (feature, articles) VALUES " + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?)"))
          + " ON CONFLICT (feature) DO UPDATE SET articles = feature_counts.articles + excluded.articles", parameters);
    });
  }

  /**
   * Gives {@code all} to {@code statement} in chunks of a power-of-two size, at most {@link
   * #FEATURES_PER_STATEMENT}: a few texts for the kept statements, whatever the number of features.
   */
  private static <T> void inChunks(List<T> all, Consumer<List<T>> statement) {
    int from = 0;
    while (from < all.size()) {
      int rows = Math.min(FEATURES_PER_STATEMENT, Integer.highestOneBit(all.size() - from));
      statement.accept(all.subList(from, from + rows));
      from += rows;
    }
  }

  @Override
  public List<Long> latestStoriesWith(String feature, int limit) {
    return sql.query("SELECT story_id FROM story_postings WHERE feature = ? ORDER BY story_id DESC LIMIT ?",
        row -> row.getLong(1), feature, limit);
  }

  @Override
  public StoryRecord story(long id) {
    List<StoryRecord> found = sql.query(STORY_COLUMNS + " WHERE id = ?", JdbcLinkStore::storyRecord, id);
    if (found.isEmpty()) {
      throw new StoreException("store " + sql.location() + " has no story " + id);
    }
    return found.get(0);
  }

  @Override
  public List<StoryRecord> stories() {
    return sql.query(STORY_COLUMNS + " ORDER BY CASE WHEN first_seen IS NULL THEN 1 ELSE 0 END, first_seen, id",
        JdbcLinkStore::storyRecord);
  }

  private static StoryRecord storyRecord(ResultSet row) throws SQLException {
    return new StoryRecord(row.getLong(1), row.getString(2), row.getObject(3, LocalDate.class),
        row.getObject(4, LocalDate.class), row.getInt(5), row.getString(6));
  }

  @Override
  public long addStory(String title, LocalDate seen, String centroid) {
    return sql.insert("INSERT INTO stories (title, first_seen, last_seen, article_count, centroid) VALUES (?, ?, ?, 0, ?)",
        title, Sql.date(seen), Sql.date(seen), centroid);
  }

  @Override
  public void updateStory(StoryRecord story) {
    sql.update("UPDATE stories SET title = ?, first_seen = ?, last_seen = ?, article_count = ?, centroid = ? WHERE id = ?",
        story.title(), Sql.date(story.firstSeen()), Sql.date(story.lastSeen()), story.articleCount(), story.centroid(), story.id());
  }

  @Override
  public void deleteStory(long id) {
    sql.update("DELETE FROM stories WHERE id = ?", id);
  }

  @Override
  public void addStoryArticle(long articleId, long storyId, LocalDate seenOn, String outlet, String profile) {
    sql.update("INSERT INTO story_articles (article_id, story_id, seen_on, outlet, profile) VALUES (?, ?, ?, ?, ?)",
        articleId, storyId, Sql.date(seenOn), outlet, profile);
    counts.addArticle(articleId, storyId);
  }

  @Override
  public Map<Long, String> storyProfiles(long storyId) {
    Map<Long, String> profiles = new LinkedHashMap<>();
    sql.query("SELECT article_id, profile FROM story_articles WHERE story_id = ? ORDER BY article_id",
        row -> profiles.put(row.getLong(1), row.getString(2)), storyId);
    return profiles;
  }

  @Override
  public Map<Long, LocalDate> storyDates(long storyId) {
    Map<Long, LocalDate> dates = new LinkedHashMap<>();
    sql.query("SELECT article_id, seen_on FROM story_articles WHERE story_id = ? ORDER BY article_id",
        row -> dates.put(row.getLong(1), row.getObject(2, LocalDate.class)), storyId);
    return dates;
  }

  @Override
  public void moveArticles(Collection<Long> articleIds, long storyId) {
    for (long id : articleIds) {
      storyOf(id).ifPresent(from -> counts.removeArticle(id, from));
      sql.update("UPDATE story_articles SET story_id = ? WHERE article_id = ?", storyId, id);
      counts.addArticle(id, storyId);
    }
  }

  @Override
  public void addPostings(long storyId, Collection<String> features) {
    sql.batch("INSERT INTO story_postings (feature, story_id) VALUES (?, ?) ON CONFLICT (feature, story_id) DO NOTHING",
        features.stream().map(f -> new Object[] {f, storyId}).toList());
  }

  @Override
  public List<String> storyFeatures(long storyId) {
    return sql.query("SELECT feature FROM story_postings WHERE story_id = ?", row -> row.getString(1), storyId);
  }

  @Override
  public void replacePostings(long storyId, Collection<String> features) {
    sql.update("DELETE FROM story_postings WHERE story_id = ?", storyId);
    addPostings(storyId, features);
  }

  @Override
  public List<Long> speakersNamed(String nameKey, String type) {
    return sql.query("SELECT id FROM speakers WHERE name_key = ? AND type = ? ORDER BY id", row -> row.getLong(1), nameKey, type);
  }

  @Override
  public List<Long> speakersInStory(String aliasKey, long storyId) {
    return sql.query(
        "SELECT DISTINCT al.speaker_id FROM speaker_aliases al JOIN quotation_links l ON l.speaker_id = al.speaker_id"
            + " JOIN quotations q ON q.id = l.quotation_id JOIN story_articles sa ON sa.article_id = q.article_id"
            + " WHERE al.alias_key = ? AND sa.story_id = ? ORDER BY al.speaker_id",
        row -> row.getLong(1), aliasKey, storyId);
  }

  @Override
  public List<SpeakerRecord> speakersMatching(String name) {
    String pattern = NameKey.likePattern(name);
    if (pattern == null) {
      return List.of();
    }
    return speakers(sql.query(
        "SELECT DISTINCT s.id FROM speakers s LEFT JOIN speaker_aliases al ON al.speaker_id = s.id"
            + " WHERE s.name_key LIKE ? OR al.alias_key LIKE ? ORDER BY s.id",
        row -> row.getLong(1), pattern, pattern));
  }

  @Override
  public List<SpeakerRecord> speakers(Collection<Long> ids) {
    List<SpeakerRecord> speakers = new ArrayList<>();
    for (long id : ids) {
      List<String> aliases = sql.query("SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias",
          row -> row.getString(1), id);
      speakers.add(sql.query("SELECT name, type FROM speakers WHERE id = ?",
          row -> new SpeakerRecord(id, row.getString(1), row.getString(2), aliases), id).get(0));
    }
    return speakers;
  }

  @Override
  public long addSpeaker(String name, String type) {
    return sql.insert("INSERT INTO speakers (name, name_key, type) VALUES (?, ?, ?)", name, NameKey.of(name), type);
  }

  @Override
  public void addAlias(long speakerId, String alias) {
    String key = NameKey.of(alias);
    if (key != null) {
      sql.update("INSERT INTO speaker_aliases (speaker_id, alias_key, alias) VALUES (?, ?, ?)"
          + " ON CONFLICT (alias_key, speaker_id) DO NOTHING", speakerId, key, alias);
    }
  }

  @Override
  public void linkQuotations(long articleId, long storyId, List<QuotationLink> links) {
    // No ON CONFLICT: a quotation linked already would be counted twice, so it fails the transaction instead.
    sql.batch("INSERT INTO quotation_links (quotation_id, speaker_id, variant_group_id, article_id) VALUES (?, ?, ?, ?)",
        links.stream().map(l -> new Object[] {l.quotationId(), l.speakerId(), l.groupId(), articleId}).toList());
    counts.addQuotations(storyId, links);
  }

  @Override
  public long addVariantGroup(long speakerId, long canonicalQuotationId) {
    return sql.insert("INSERT INTO variant_groups (speaker_id, canonical_quotation_id) VALUES (?, ?)", speakerId, canonicalQuotationId);
  }

  @Override
  public void setCanonical(long groupId, long quotationId) {
    sql.update("UPDATE variant_groups SET canonical_quotation_id = ? WHERE id = ?", quotationId, groupId);
  }

  @Override
  public Map<Long, Long> canonicalQuotations(Collection<Long> groupIds) {
    Map<Long, Long> canonical = new HashMap<>();
    if (!groupIds.isEmpty()) {
      sql.query("SELECT id, canonical_quotation_id FROM variant_groups WHERE id IN (" + Sql.marks(groupIds) + ")",
          row -> canonical.put(row.getLong(1), row.getLong(2)), groupIds.toArray());
    }
    return canonical;
  }

  @Override
  public void addCredit(long articleId, Long quotationId, String outlet, String phrase) {
    sql.update("INSERT INTO credits (article_id, quotation_id, outlet, phrase) VALUES (?, ?, ?, ?)",
        articleId, quotationId, outlet, phrase);
  }

  @Override
  public void addReply(long statementId, long replyId) {
    sql.update("INSERT INTO replies (reply_quotation_id, statement_quotation_id) VALUES (?, ?)"
        + " ON CONFLICT (reply_quotation_id) DO NOTHING", replyId, statementId);
  }

  @Override
  public List<LinkedQuote> storyQuotations(long storyId) {
    return sql.query(LinkedQuotes.COLUMNS + " WHERE sa.story_id = ?" + LinkedQuotes.BY_DATE, LinkedQuotes::read, storyId);
  }

  @Override
  public List<LinkedQuote> latestStoryQuotations(long storyId, int limit) {
    // The latest quotations are those of the latest articles (an article is saved with its
    // quotations): read the story's articles newest first, a few at a time, until there are enough,
    // so that a long story is neither read nor sorted whole.
    List<LinkedQuote> latest = new ArrayList<>();
    long before = Long.MAX_VALUE;
    while (latest.size() < limit) {
      List<Long> articles = sql.query(
          "SELECT article_id FROM story_articles WHERE story_id = ? AND article_id < ? ORDER BY article_id DESC LIMIT ?",
          row -> row.getLong(1), storyId, before, LATEST_ARTICLES_READ);
      if (articles.isEmpty()) {
        break;
      }
      long oldest = articles.get(articles.size() - 1);
      latest.addAll(sql.query(
          LinkedQuotes.COLUMNS + " WHERE sa.story_id = ? AND sa.article_id >= ? AND sa.article_id < ? ORDER BY q.id DESC",
          LinkedQuotes::read, storyId, oldest, before));
      before = oldest;
    }
    if (latest.size() > limit) {
      latest = new ArrayList<>(latest.subList(0, limit));
    }
    latest.sort(Comparator.comparing(LinkedQuote::seenOn, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingLong(LinkedQuote::articleId)
        .thenComparingInt(LinkedQuote::begin));
    return latest;
  }

  @Override
  public List<LinkedQuote> speakerQuotations(long speakerId, int limit) {
    return sql.query(LinkedQuotes.COLUMNS + " WHERE l.speaker_id = ? AND l.variant_group_id IS NOT NULL ORDER BY l.quotation_id DESC LIMIT ?",
        LinkedQuotes::read, speakerId, limit);
  }

  @Override
  public List<Wording> speakerWordings(long speakerId, int limit) {
    return sql.query("SELECT l.quotation_id, l.variant_group_id, q.text, q.kind FROM quotation_links l"
            + " JOIN quotations q ON q.id = l.quotation_id"
            + " WHERE l.speaker_id = ? AND l.variant_group_id IS NOT NULL ORDER BY l.quotation_id DESC LIMIT ?",
        row -> new Wording(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4)), speakerId, limit);
  }

  @Override
  public List<LinkedQuote> groupedQuotations(int minimum, Long speakerId) {
    String groups = "SELECT variant_group_id FROM quotation_links WHERE variant_group_id IS NOT NULL"
        + " GROUP BY variant_group_id HAVING COUNT(*) >= ?";
    String where = " WHERE l.variant_group_id IN (" + groups + ")" + (speakerId == null ? "" : " AND l.speaker_id = ?");
    String order = " ORDER BY l.variant_group_id, CASE WHEN sa.seen_on IS NULL THEN 1 ELSE 0 END, sa.seen_on, a.id, q.ordinal";
    Object[] parameters = speakerId == null ? new Object[] {minimum} : new Object[] {minimum, speakerId};
    return sql.query(LinkedQuotes.COLUMNS + where + order, LinkedQuotes::read, parameters);
  }

  @Override
  public List<StoryArticle> storyArticles(Long storyId) {
    String where = storyId == null ? "" : " WHERE sa.story_id = ?";
    return sql.query("SELECT sa.story_id, a.id, a.source, sa.outlet, a.title, a.published, sa.seen_on"
            + " FROM story_articles sa JOIN articles a ON a.id = sa.article_id" + where
            + " ORDER BY sa.story_id, CASE WHEN sa.seen_on IS NULL THEN 1 ELSE 0 END, sa.seen_on, a.id",
        row -> new StoryArticle(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
            row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class)),
        storyId == null ? new Object[0] : new Object[] {storyId});
  }

  @Override
  public Map<Long, List<String>> storySpeakers() {
    Map<Long, List<String>> speakers = new HashMap<>();
    sql.query("SELECT DISTINCT sa.story_id, s.name FROM quotation_links l JOIN speakers s ON s.id = l.speaker_id"
            + " JOIN quotations q ON q.id = l.quotation_id JOIN story_articles sa ON sa.article_id = q.article_id"
            + " ORDER BY sa.story_id, s.name",
        row -> speakers.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2)));
    return speakers;
  }

  @Override
  public List<Reply> replies(long storyId) {
    return sql.query("SELECT r.statement_quotation_id, r.reply_quotation_id FROM replies r"
            + " JOIN quotations q ON q.id = r.reply_quotation_id JOIN story_articles sa ON sa.article_id = q.article_id"
            + " WHERE sa.story_id = ? ORDER BY r.reply_quotation_id",
        row -> new Reply(row.getLong(1), row.getLong(2)), storyId);
  }
}
