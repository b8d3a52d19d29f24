package org.quotetrail.eval.stories;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article of a story-clustering corpus with its gold story.
 *
 * @param id the corpus's id for it
 * @param outlet its outlet, or null
 * @param date its publication date, or null
 * @param title its headline, or null
 * @param text its text
 * @param story its gold story id
 * @param split the corpus split it belongs to ("train", "dev", "test"), or null
 */
public record CorpusArticle(String id, String outlet, LocalDate date, String title, String text, String story, String split) {
  public CorpusArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(story, "story");
  }
}
