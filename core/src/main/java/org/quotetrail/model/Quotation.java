package org.quotetrail.model;

import java.util.List;
import java.util.Objects;
import org.quotetrail.text.Span;

/**
 * One attributed quotation in an article body.
 *
 * @param text the quoted or reported words, without surrounding quote marks: {@code
 *     body.substring(begin, end)}, or for a quote split by its attribution ("A," she said, "B.")
 *     the texts of its {@code parts} joined by a space
 * @param begin offset in the body where the quotation starts
 * @param end offset just past where it ends
 * @param kind direct, partial, indirect or mixed
 * @param cue the reporting words ("told reporters", "according to"), or null
 * @param speaker who said it
 * @param confidence how sure the attribution is, 0..1
 * @param evidence the rule that decided the attribution, for users to see why
 * @param parts the body spans of the quoted words, in order: one for a contiguous quotation, more
 *     for a quotation split by its attribution
 */
public record Quotation(
    String text,
    int begin,
    int end,
    QuoteKind kind,
    String cue,
    Speaker speaker,
    double confidence,
    String evidence,
    List<Span> parts) {
  public Quotation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speaker, "speaker");
    parts = parts == null || parts.isEmpty() ? List.of(new Span(begin, end)) : List.copyOf(parts);
    int joined = parts.size() - 1;
    for (Span part : parts) {
      joined += part.length();
    }
    if (begin < 0 || end < begin || joined != text.length() || parts.get(0).begin() != begin
        || parts.get(parts.size() - 1).end() != end) {
      throw new IllegalArgumentException("quotation offsets [" + begin + ", " + end + ") do not fit its text and parts");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
  }

  /** A contiguous quotation: {@code text} is {@code body.substring(begin, end)}. */
  public Quotation(String text, int begin, int end, QuoteKind kind, String cue, Speaker speaker, double confidence, String evidence) {
    this(text, begin, end, kind, cue, speaker, confidence, evidence, List.of(new Span(begin, end)));
  }

  /** Whether the quotation is split by its attribution into several parts. */
  public boolean split() {
    return parts.size() > 1;
  }
}
