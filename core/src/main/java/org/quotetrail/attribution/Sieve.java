package org.quotetrail.attribution;

import java.util.Optional;
import org.quotetrail.quote.QuoteCandidate;

/**
 * One rule for finding a quotation's speaker. Sieves run in order, most precise first; each sees
 * only the quotations that the sieves before it left unattributed.
 */
public interface Sieve {
  /** A short name, recorded as the evidence of what it decides. */
  String name();

  /** The speaker of {@code quote}, if this rule can tell. */
  Optional<Attribution> attribute(QuoteCandidate quote, ArticleContext article);
}
