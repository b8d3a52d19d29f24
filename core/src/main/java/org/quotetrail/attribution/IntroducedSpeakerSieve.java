package org.quotetrail.attribution;

import java.util.Optional;
import org.quotetrail.mention.Mention;
import org.quotetrail.quote.QuoteCandidate;
import org.quotetrail.segment.Sentence;
import org.quotetrail.text.Span;

/**
 * A paragraph of quotation alone, after a paragraph that names someone as the subject of its last
 * sentence ("Responding, a spokesperson for Momentum defended the organisation."), is that
 * subject's.
 */
final class IntroducedSpeakerSieve implements Sieve {
  @Override
  public String name() {
    return "introduced-speaker";
  }

  @Override
  public Optional<Attribution> attribute(QuoteCandidate quote, ArticleContext article) {
    if (!article.opensParagraph(quote) || quote.firstParagraph() == 0) {
      return Optional.empty();
    }
    Span previous = article.paragraph(quote.firstParagraph() - 1);
    Sentence last = lastSentenceOf(article, previous);
    if (last == null) {
      return Optional.empty();
    }
    for (Mention m : article.mentions()) {
      if (m.subject() && !m.inQuote() && m.entity() != null && last.span().contains(m.span())) {
        boolean colon = article.body().charAt(previous.end() - 1) == ':';
        return Optional.of(new Attribution(m, null, colon ? 0.85 : 0.7, name() + ": subject of the sentence before the quote"));
      }
    }
    return Optional.empty();
  }

  private static Sentence lastSentenceOf(ArticleContext article, Span paragraph) {
    Sentence found = null;
    for (Sentence s : article.sentences()) {
      if (paragraph.contains(s.span())) {
        found = s;
      }
    }
    return found;
  }
}
