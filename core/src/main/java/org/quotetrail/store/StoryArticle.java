package org.quotetrail.store;

import java.time.LocalDate;

/**
 * An article of a story, for listing stories.
 *
 * @param storyId the story
 * @param articleId the article
 * @param source where it came from
 * @param outlet its outlet (its own, or the one its text names as itself), or null
 * @param title its headline, or null
 * @param published its publication date, or null
 * @param seenOn its date for ordering (published, else fetched), or null
 */
public record StoryArticle(long storyId, long articleId, String source, String outlet, String title, LocalDate published, LocalDate seenOn) {}
