package org.quotetrail.store;

import java.time.LocalDate;

/**
 * A story as the store keeps it.
 *
 * @param id its id
 * @param title the headline of its first article, or null
 * @param firstSeen the earliest date of its articles, or null when none is dated
 * @param lastSeen the latest date of its articles, or null
 * @param articleCount how many articles it holds
 * @param centroid the sum of its articles' profiles, encoded as "feature TAB weight" lines
 */
public record StoryRecord(long id, String title, LocalDate firstSeen, LocalDate lastSeen, int articleCount, String centroid) {}
