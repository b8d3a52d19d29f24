package org.quotetrail.model;

import java.util.Locale;

/** Which text of the article a quotation's offsets index. */
public enum QuotePlace {
  /** The article body ({@link ExtractedArticle#body()}): almost every quotation. */
  BODY,
  /** The headline ({@link ExtractedArticle#title()}): "Lee: bridge will reopen", "Lee says ...". */
  TITLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static QuotePlace fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
