package org.quotetrail.link;

import java.time.LocalDate;
import java.util.List;
import org.quotetrail.store.StoryArticle;

/**
 * A story for reading: its articles and the canonical speakers quoted in it.
 *
 * @param id the story's id
 * @param title the headline of its first article, or null
 * @param firstSeen the date of its first dated article, or null
 * @param articles its articles, earliest first
 * @param speakers the canonical names of the speakers quoted in it, by name
 */
public record StoryView(long id, String title, LocalDate firstSeen, List<StoryArticle> articles, List<String> speakers) {
  public StoryView {
    articles = List.copyOf(articles);
    speakers = List.copyOf(speakers);
  }
}
