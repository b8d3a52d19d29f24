package org.quotetrail.eval;

import java.util.List;
import java.util.Objects;

/**
 * One article of a PolNeAR split with one annotator's relations.
 *
 * @param id the article's file name without extension
 * @param text the original text: title line, then body
 * @param relations the relations that have content, in annotation order
 * @param withoutContent how many relations of the annotation had no content span (nothing to find)
 */
public record PolnearArticle(String id, String text, List<GoldRelation> relations, int withoutContent) {
  public PolnearArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    relations = List.copyOf(relations);
  }
}
