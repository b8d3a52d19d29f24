package org.quotetrail.store;

/**
 * Which slice of a result to read.
 *
 * @param limit at most this many items, 1 or more
 * @param offset skip this many items first, 0 or more
 */
public record PageRequest(int limit, long offset) {
  public PageRequest {
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException("page limit must be positive and offset not negative: " + limit + ", " + offset);
    }
  }
}
