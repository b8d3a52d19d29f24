package org.quotetrail.store;

import java.util.List;

/**
 * The reports of one statement (a variant group) within one story, for showing it.
 *
 * @param groupId the variant group
 * @param canonical its canonical wording, or its earliest report when the canonical one is in another story
 * @param reportCount how many of the story's quotations are in the group
 * @param earliest the earliest of them, by date, article and position (at most the number asked for)
 */
public record GroupReports(long groupId, LinkedQuote canonical, int reportCount, List<LinkedQuote> earliest) {
  public GroupReports {
    earliest = List.copyOf(earliest);
  }
}
