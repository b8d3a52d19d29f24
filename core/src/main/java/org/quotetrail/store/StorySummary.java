package org.quotetrail.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A story for listing: its dates, outlets, most quoted speakers and size.
 *
 * @param id the story's id
 * @param title the headline of its first article, or null
 * @param firstSeen the date of its first dated article, or null
 * @param lastSeen the date of its latest dated article, or null
 * @param articleCount how many articles it holds
 * @param quotationCount how many quotations its articles hold
 * @param outlets the outlets of its articles, by name
 * @param mainSpeakers its most quoted canonical speakers, most quoted first (at most three)
 */
public record StorySummary(long id, String title, LocalDate firstSeen, LocalDate lastSeen, int articleCount,
    int quotationCount, List<String> outlets, List<String> mainSpeakers) {
  public StorySummary {
    outlets = List.copyOf(outlets);
    mainSpeakers = List.copyOf(mainSpeakers);
  }
}
