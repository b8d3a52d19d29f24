package org.quotetrail.attribution;

import java.util.List;
import java.util.Optional;
import org.quotetrail.quote.QuoteCandidate;

/**
 * A paragraph that opens with a quotation and names no speaker continues the speaker of the
 * previous paragraph's last quotation: news writing's convention for long quotes.
 */
final class ContinuationSieve implements Sieve {
  @Override
  public String name() {
    return "continuation";
  }

  @Override
  public Optional<Attribution> attribute(QuoteCandidate quote, ArticleContext article) {
    if (!article.opensParagraph(quote) || quote.firstParagraph() == 0) {
      return Optional.empty();
    }
    List<ArticleContext.Decided> decided = article.decided();
    for (int i = decided.size() - 1; i >= 0; i--) {
      ArticleContext.Decided d = decided.get(i);
      if (d.quote().lastParagraph() < quote.firstParagraph() - 1) {
        break;
      }
      if (d.quote().lastParagraph() == quote.firstParagraph() - 1 && d.attribution().source().entity() != null) {
        Attribution previous = d.attribution();
        double confidence = Math.min(0.8, previous.confidence());
        return Optional.of(new Attribution(previous.source(), previous.cue(), confidence, name() + ": same speaker as the previous paragraph"));
      }
    }
    return Optional.empty();
  }
}
