package org.quotetrail.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of speakers' names in table {@code speaker_words} (migration {@code common/V9}), one
 * row per word and quotation, so that a speaker filter looks its words up in an index rather than
 * matching every quotation's {@code speaker_key} with {@code LIKE}.
 */
final class SpeakerWords {
  /** The most words one INSERT adds (two parameters each). */
  private static final int WORDS_PER_STATEMENT = 256;

  /**
   * Adds the words of the speakers of article {@code articleId}'s quotations, saved just before,
   * {@code speakerKeys} holding each quotation's speaker key (null for none) by ordinal: many rows
   * to a statement, as one statement per word took a tenth of an article's ingest.
   */
  static void insert(Connection connection, long articleId, List<String> speakerKeys) throws SQLException {
    Map<Integer, Long> ids = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT ordinal, id FROM quotations WHERE article_id = ?")) {
      select.setLong(1, articleId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.put(rows.getInt(1), rows.getLong(2));
        }
      }
    }
    List<Object[]> rows = new ArrayList<>();
    for (int ordinal = 0; ordinal < speakerKeys.size(); ordinal++) {
      String key = speakerKeys.get(ordinal);
      for (String word : key == null ? List.<String>of() : NameKey.words(key)) {
        rows.add(new Object[] {word, ids.get(ordinal)});
      }
    }
    for (int first = 0; first < rows.size(); first += WORDS_PER_STATEMENT) {
      List<Object[]> chunk = rows.subList(first, Math.min(rows.size(), first + WORDS_PER_STATEMENT));
      String sql = "INSERT INTO speaker_words (word, quotation_id) VALUES (?, ?)" + ", (?, ?)".repeat(chunk.size() - 1);
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        int parameter = 1;
        for (Object[] row : chunk) {
          insert.setString(parameter++, (String) row[0]);
          insert.setLong(parameter++, (Long) row[1]);
        }
        insert.executeUpdate();
      }
    }
  }

  private SpeakerWords() {}

  /**
   * Adds the condition that the quotation whose id is {@code idColumn} and key {@code keyColumn}
   * was said by a speaker whose name holds {@code name} as whole words in a row, in any case (what
   * {@code keyColumn LIKE '% name %'} means): the quotations holding every word are looked up, and
   * for a name of several words their keys then checked for the words in that order. A name with
   * no words matches nothing.
   */
  static void addCondition(String name, String idColumn, String keyColumn, List<String> conditions, List<String> parameters) {
    String key = NameKey.of(name);
    if (key == null) {
      conditions.add(QuotationSelect.NOTHING);
      return;
    }
    List<String> words = NameKey.words(key);
    conditions.add(idColumn + " IN ("
        + String.join(" INTERSECT ", Collections.nCopies(words.size(), "SELECT quotation_id FROM speaker_words WHERE word = ?"))
        + ")");
    parameters.addAll(words);
    if (words.size() > 1) {
      conditions.add(keyColumn + " LIKE ?");
      parameters.add(NameKey.likePattern(name));
    }
  }
}
