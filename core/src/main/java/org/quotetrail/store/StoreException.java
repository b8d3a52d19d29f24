package org.quotetrail.store;

import java.sql.SQLException;

/** A store could not be opened, or refused an operation; the message is one line for users. */
public class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Why {@code e} happened, in one line: the database's own words when there are some (Flyway's
   * messages run to many lines of context), else the first line of {@code e}'s message.
   */
  static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException && t.getMessage() != null) {
        return firstLine(t.getMessage());
      }
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
  }

  private static String firstLine(String message) {
    return message.strip().lines().findFirst().orElse("");
  }
}
