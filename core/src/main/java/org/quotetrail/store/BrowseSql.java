package org.quotetrail.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The WHERE clause of a {@link BrowseFilter}, with its parameters, for one kind of database: word
 * search is SQLite's FTS5 or PostgreSQL's {@code tsvector}, the rest is portable.
 *
 * @param where the clause, empty or starting with " WHERE "
 * @param parameters its parameters in order: strings and dates
 * @param onArticles whether the clause reads the articles table (alias {@code a})
 */
record BrowseSql(String where, List<Object> parameters, boolean onArticles) {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Which text a filter's words are searched in. */
  enum Searched {
    ARTICLE_BODY("a.id IN (SELECT rowid FROM article_text WHERE article_text MATCH ?)", "a.body_words",
        "a.id IN (SELECT article_id FROM quotations WHERE "),
    QUOTATION_TEXT("q.id IN (SELECT rowid FROM quotation_text WHERE quotation_text MATCH ?)", "q.text_words",
        "q.id IN (SELECT id FROM quotations WHERE ");

    private final String sqliteCondition;
    private final String postgresColumn;
    private final String speakerSubquery;

    Searched(String sqliteCondition, String postgresColumn, String speakerSubquery) {
      this.sqliteCondition = sqliteCondition;
      this.postgresColumn = postgresColumn;
      this.speakerSubquery = speakerSubquery;
    }
  }

  BrowseSql {
    parameters = List.copyOf(parameters);
  }

  static BrowseSql of(BrowseFilter filter, Searched searched, boolean postgres) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (filter.speaker() != null) {
      // One subquery that finds the speaker's quotations first: as plain conditions, SQLite walks
      // the articles by date and looks up every quotation of each.
      List<String> speaker = new ArrayList<>();
      SpeakerWords.addCondition(filter.speaker(), "id", "speaker_key", speaker, names);
      conditions.add(searched.speakerSubquery + String.join(" AND ", speaker) + ")");
    }
    QuotationSelect.addNameCondition(filter.outlet(), "a.outlet_key", conditions, names);
    parameters.addAll(names);
    if (filter.from() != null) {
      conditions.add("a.published >= ?");
      parameters.add(filter.from());
    }
    if (filter.to() != null) {
      conditions.add("a.published <= ?");
      parameters.add(filter.to());
    }
    if (filter.words() != null) {
      addWordCondition(filter.words(), searched, postgres, conditions, parameters);
    }
    if (searched == Searched.QUOTATION_TEXT) {
      List<String> kept = new ArrayList<>();
      QuotationSelect.addFilterConditions(filter.quotations(), conditions, kept);
      parameters.addAll(kept);
    }
    boolean onArticles = filter.outlet() != null || filter.from() != null || filter.to() != null
        || (filter.words() != null && searched == Searched.ARTICLE_BODY);
    return new BrowseSql(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters, onArticles);
  }

  /** The clause selecting stories ({@code s}) whose articles match {@code filter}, and whose dates meet its range. */
  static BrowseSql stories(BrowseFilter filter, boolean postgres) {
    BrowseSql articles = of(new BrowseFilter(filter.words(), filter.speaker(), filter.outlet(), null, null),
        Searched.ARTICLE_BODY, postgres);
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>(articles.parameters());
    if (!articles.where().isEmpty()) {
      conditions.add("s.id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
          + articles.where() + ")");
    }
    if (filter.from() != null) {
      conditions.add("s.last_seen >= ?");
      parameters.add(filter.from());
    }
    if (filter.to() != null) {
      conditions.add("s.first_seen <= ?");
      parameters.add(filter.to());
    }
    return new BrowseSql(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters, false);
  }

  /** The conditions of {@link #where} to follow other ones: empty or starting with " AND ". */
  String and() {
    return where.isEmpty() ? "" : " AND " + where.substring(" WHERE ".length());
  }

  private static void addWordCondition(
      String words, Searched searched, boolean postgres, List<String> conditions, List<Object> parameters) {
    List<String> split = new ArrayList<>();
    for (String word : NOT_WORD.split(words.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        split.add(word);
      }
    }
    if (split.isEmpty()) {
      conditions.add(QuotationSelect.NOTHING);
    } else if (postgres) {
      conditions.add(searched.postgresColumn + " @@ plainto_tsquery('simple', ?)");
      parameters.add(String.join(" ", split));
    } else {
      // Each word as an FTS5 string, so that no user input is read as query syntax (AND, NEAR, *, ...).
      conditions.add(searched.sqliteCondition);
      parameters.add("\"" + String.join("\" \"", split) + "\"");
    }
  }
}
