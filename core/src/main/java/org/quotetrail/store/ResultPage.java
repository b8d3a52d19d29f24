package org.quotetrail.store;

import java.util.List;

/**
 * One slice of a result, with the size of the whole result.
 *
 * @param items the slice, in the result's order
 * @param total how many items the whole result holds
 * @param page which slice this is
 */
public record ResultPage<T>(List<T> items, long total, PageRequest page) {
  public ResultPage {
    items = List.copyOf(items);
  }
}
