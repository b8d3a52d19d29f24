package org.quotetrail.mention;

/** How a mention refers to its entity. */
public enum MentionKind {
  NAME,
  PRONOUN,
  NOMINAL
}
