package org.quotetrail.store;

/**
 * What saving an article did.
 *
 * @param articleId the stored article's id: the new row's, or the one already holding its body
 * @param alreadyStored true when an article with the same normalised body was stored before, in
 *     which case nothing changed
 */
public record SaveResult(long articleId, boolean alreadyStored) {}
