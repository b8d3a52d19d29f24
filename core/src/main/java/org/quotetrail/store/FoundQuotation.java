package org.quotetrail.store;

/**
 * A quotation found by browsing, with its id in the store.
 *
 * @param id the quotation's id
 * @param stored the quotation with its article
 */
public record FoundQuotation(long id, StoredQuotation stored) {}
