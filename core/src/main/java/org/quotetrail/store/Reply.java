package org.quotetrail.store;

/**
 * A statement and the quotation that answers it.
 *
 * @param statementId the quotation answered
 * @param replyId the answer
 */
public record Reply(long statementId, long replyId) {}
