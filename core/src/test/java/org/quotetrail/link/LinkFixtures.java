package org.quotetrail.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;

/** Invented articles with attributed quotations for linking tests, built without the extractor. */
final class LinkFixtures {
  private LinkFixtures() {}

  /** A quotation of {@code words} (found in the body) by {@code speaker} of {@code type}. */
  record Quoted(String words, String speaker, SpeakerType type, QuoteKind kind) {
    static Quoted person(String words, String speaker) {
      return new Quoted(words, speaker, SpeakerType.PERSON, QuoteKind.DIRECT);
    }

    static Quoted organization(String words, String speaker) {
      return new Quoted(words, speaker, SpeakerType.ORGANIZATION, QuoteKind.DIRECT);
    }
  }

  static ExtractedArticle article(String source, String outlet, LocalDate published, String title, String body, Quoted... quoted) {
    List<Quotation> quotes = new ArrayList<>();
    for (Quoted q : quoted) {
      int begin = body.indexOf(q.words());
      if (begin < 0) {
        throw new IllegalArgumentException("not in the body: " + q.words());
      }
      Speaker who = new Speaker(q.speaker(), q.type(), q.speaker(), null);
      quotes.add(new Quotation(q.words(), begin, begin + q.words().length(), q.kind(), "said", who, 0.9, "test"));
    }
    return new ExtractedArticle(source, null, outlet, title, null, published, body, quotes);
  }
}
