package org.quotetrail.eval;

import java.util.List;
import java.util.Objects;
import org.quotetrail.text.Span;

/**
 * One annotated attribution relation: the content said or thought, who it is attributed to and the
 * words that signal the attribution. Offsets point into the original article text.
 *
 * @param id the relation's identifier in its annotation file ("E3")
 * @param content the content's spans in text order; more than one when the content is
 *     discontinuous
 * @param source the source mention ("he", "a spokesman"), or null when the annotator gave none
 * @param cue the cue ("said", "according to"), or null when the annotator gave none
 */
public record GoldRelation(String id, List<Span> content, Span source, Span cue) {
  public GoldRelation {
    Objects.requireNonNull(id, "id");
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("relation " + id + " has no content");
    }
  }

  /** The content's words as they stand in {@code text}, fragments joined by a space. */
  public String contentText(String text) {
    StringBuilder out = new StringBuilder();
    for (Span span : content) {
      out.append(out.length() == 0 ? "" : " ").append(span.of(text));
    }
    return out.toString();
  }

  /** The source's words in {@code text}, or null when there is no source. */
  public String sourceText(String text) {
    return source == null ? null : source.of(text);
  }

  /** The cue's words in {@code text}, or null when there is no cue. */
  public String cueText(String text) {
    return cue == null ? null : cue.of(text);
  }
}
