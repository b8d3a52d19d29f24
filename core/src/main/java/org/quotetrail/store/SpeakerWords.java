package org.quotetrail.store;

import java.util.Collections;
import java.util.List;

/**
 * The words of speakers' names in table {@code speaker_words} (migration {@code common/V9}), one
 * row per word and quotation, so that a speaker filter looks its words up in an index rather than
 * matching every quotation's {@code speaker_key} with {@code LIKE}.
 */
final class SpeakerWords {
  /** Adds one word of a quotation's speaker, the quotation found by its article and ordinal: parameters word, article id, ordinal. */
  static final String INSERT =
      "INSERT INTO speaker_words (word, quotation_id) SELECT ?, id FROM quotations WHERE article_id = ? AND ordinal = ?";

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
