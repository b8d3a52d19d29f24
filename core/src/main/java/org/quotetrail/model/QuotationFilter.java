package org.quotetrail.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which quotations a reader wants by how they were found: their kinds, and the least confidence.
 * "Only what was said, not acts and stances the model guessed" is {@code kinds} without
 * {@link QuoteKind#STANCE}; "only what the extractor is sure of" is a {@code minConfidence}.
 *
 * @param kinds the kinds kept; every kind when empty
 * @param minConfidence the least confidence kept, 0 to 1
 */
public record QuotationFilter(Set<QuoteKind> kinds, double minConfidence) {
  /** Every quotation. */
  public static final QuotationFilter ALL = new QuotationFilter(Set.of(), 0);

  public QuotationFilter {
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("the least confidence must be within 0..1: " + minConfidence);
    }
  }

  /** Whether {@code quotation} is kept. */
  public boolean test(Quotation quotation) {
    return (kinds.isEmpty() || kinds.contains(quotation.kind())) && quotation.confidence() >= minConfidence;
  }

  /** Whether every quotation is kept. */
  public boolean keepsAll() {
    return kinds.isEmpty() && minConfidence == 0;
  }
}
