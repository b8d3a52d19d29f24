package org.quotetrail.store;

/**
 * A quotation's canonical speaker and variant group, as linking records them.
 *
 * @param quotationId the quotation
 * @param speakerId its canonical speaker, or null when it has none
 * @param groupId its variant group, or null when it has no speaker
 */
public record QuotationLink(long quotationId, Long speakerId, Long groupId) {}
