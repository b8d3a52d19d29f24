package org.quotetrail.spark;

import java.util.List;

/**
 * What cross-article linking of the job's result did.
 *
 * @param linked articles linked
 * @param duplicates articles left out because an earlier one has the same body ({@code ingest} stores only one of them)
 * @param stories stories the linked articles form
 * @param problems articles the linker failed on, one line each
 */
public record LinkSummary(long linked, long duplicates, long stories, List<String> problems) {
  public LinkSummary {
    problems = List.copyOf(problems);
  }
}
