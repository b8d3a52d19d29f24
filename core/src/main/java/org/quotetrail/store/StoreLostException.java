package org.quotetrail.store;

/**
 * The connection to a store's database is gone (the server stopped or restarted, the network
 * failed): nothing more can be saved through it. What was committed before stays stored.
 */
public final class StoreLostException extends StoreException {
  public StoreLostException(String message, Throwable cause) {
    super(message, cause);
  }
}
