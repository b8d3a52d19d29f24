package org.quotetrail.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;

/** Invented articles with quotations for store tests, built without the extractor. */
final class Articles {
  private Articles() {}

  /**
   * An article whose body is {@code body}, with a direct quotation for each {@code quoted} string
   * (found in the body) attributed to {@code speaker}.
   */
  static ExtractedArticle article(
      String source, String outlet, LocalDate published, String body, String speaker, String... quoted) {
    List<Quotation> quotes = new ArrayList<>();
    for (String words : quoted) {
      int begin = body.indexOf(words);
      if (begin < 0) {
        throw new IllegalArgumentException("not in the body: " + words);
      }
      Speaker who = new Speaker(speaker, SpeakerType.PERSON, speaker, null);
      quotes.add(new Quotation(words, begin, begin + words.length(), QuoteKind.DIRECT, "said", who, 0.9, "test"));
    }
    return new ExtractedArticle(
        source, "https://example.org/" + source, outlet, "Title of " + source, "By A. Reporter", published, body, quotes);
  }
}
