package org.quotetrail.store;

/**
 * A grouped quotation's words, for comparing wordings.
 *
 * @param quotationId the quotation
 * @param groupId its variant group
 * @param text its text
 * @param kind direct, partial, indirect or mixed
 */
public record Wording(long quotationId, long groupId, String text, String kind) {}
