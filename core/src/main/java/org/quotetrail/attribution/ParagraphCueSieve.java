package org.quotetrail.attribution;

import java.util.Optional;
import org.quotetrail.quote.Cue;
import org.quotetrail.quote.QuoteCandidate;
import org.quotetrail.text.Span;

/**
 * A direct quote with no cue of its own takes the nearest cue with a source in its paragraph:
 * "Smith was blunt. “...”" and the second half of a split quote, "“...,” he said. “...”".
 */
final class ParagraphCueSieve implements Sieve {
  @Override
  public String name() {
    return "paragraph-cue";
  }

  @Override
  public Optional<Attribution> attribute(QuoteCandidate quote, ArticleContext article) {
    Span first = article.paragraph(quote.firstParagraph());
    Span last = article.paragraph(quote.lastParagraph());
    Cue before = null;
    Cue after = null;
    for (Cue cue : article.cues()) {
      if (!cue.hasSource() || cue.span().overlaps(quote.content())) {
        continue;
      }
      if (cue.span().begin() >= first.begin() && cue.span().end() <= quote.content().begin()) {
        before = cue;
      } else if (after == null && cue.span().begin() >= quote.content().end() && cue.span().end() <= last.end()) {
        after = cue;
      }
    }
    Cue chosen = before != null ? before : after;
    if (chosen == null) {
      return Optional.empty();
    }
    double confidence = Math.min(0.8, CueSourceSieve.confidence(chosen));
    return Optional.of(new Attribution(chosen.source(), chosen, confidence, name() + ": cue elsewhere in the paragraph"));
  }
}
