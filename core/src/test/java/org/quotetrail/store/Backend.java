package org.quotetrail.store;

/** The kinds of database that store tests run on. */
public enum Backend {
  SQLITE,
  POSTGRESQL
}
