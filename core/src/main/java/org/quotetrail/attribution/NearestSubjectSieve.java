package org.quotetrail.attribution;

import java.util.Optional;
import org.quotetrail.mention.Mention;
import org.quotetrail.quote.QuoteCandidate;

/**
 * The last resort: the nearest subject mention before the quotation, in its paragraph or the one
 * before. Low confidence, so users can filter such guesses out.
 */
final class NearestSubjectSieve implements Sieve {
  private static final String NAME = "nearest-subject";

  @Override
  public String name() {
    return NAME;
  }

  /** Whether this sieve, the guess, decided {@code attribution}. */
  static boolean decided(Attribution attribution) {
    return attribution.evidence().startsWith(NAME + ":");
  }

  @Override
  public Optional<Attribution> attribute(QuoteCandidate quote, ArticleContext article) {
    int from = article.paragraph(Math.max(0, quote.firstParagraph() - 1)).begin();
    Mention nearest = null;
    for (Mention m : article.mentions()) {
      if (m.span().begin() >= quote.content().begin()) {
        break;
      }
      if (m.span().begin() >= from && m.subject() && !m.inQuote() && m.entity() != null) {
        nearest = m;
      }
    }
    return nearest == null
        ? Optional.empty()
        : Optional.of(new Attribution(nearest, null, 0.4, name() + ": nearest subject before the quote (a guess)"));
  }
}
