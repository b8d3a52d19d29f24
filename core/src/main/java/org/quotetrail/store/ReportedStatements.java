package org.quotetrail.store;

import java.util.List;

/**
 * The statements (variant groups) of some quotations that a story reports more than once: how many
 * there are, and the most reported of them with their reports.
 *
 * @param count how many of the statements the story reports more than once
 * @param mostReported the most reported of them, most reports first (ties: earliest first report)
 */
public record ReportedStatements(int count, List<GroupReports> mostReported) {
  public ReportedStatements {
    mostReported = List.copyOf(mostReported);
  }
}
