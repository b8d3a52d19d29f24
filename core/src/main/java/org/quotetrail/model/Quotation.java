package org.quotetrail.model;

import java.util.Objects;

/**
 * One attributed quotation in an article body.
 *
 * @param text the quoted or reported words, without surrounding quote marks; equal to {@code
 *     body.substring(begin, end)}
 * @param begin offset of {@code text} in the body
 * @param end offset just past {@code text} in the body
 * @param kind direct, partial, indirect or mixed
 * @param cue the reporting words ("told reporters", "according to"), or null
 * @param speaker who said it
 * @param confidence how sure the attribution is, 0..1
 * @param evidence the rule that decided the attribution, for users to see why
 */
public record Quotation(
    String text,
    int begin,
    int end,
    QuoteKind kind,
    String cue,
    Speaker speaker,
    double confidence,
    String evidence) {
  public Quotation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speaker, "speaker");
    if (begin < 0 || end < begin || end - begin != text.length()) {
      throw new IllegalArgumentException("quotation offsets [" + begin + ", " + end + ") do not fit its text");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
  }
}
