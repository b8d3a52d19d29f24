package org.quotetrail.model;

import java.util.List;
import java.util.Objects;
import org.quotetrail.text.Span;

/**
 * One attributed quotation in an article: in its body, or in its headline ({@code place}).
 *
 * @param text the quoted or reported words, without surrounding quote marks: {@code
 *     body.substring(begin, end)} (of the title for a headline quotation), or for a quote split by its attribution ("A," she said, "B.")
 *     the texts of its {@code parts} joined by a space
 * @param begin offset in the body (the title, for a headline quotation) where the quotation starts
 * @param end offset just past where it ends
 * @param kind direct, partial, indirect or mixed
 * @param cue the reporting words ("told reporters", "according to"), or null
 * @param speaker who said it
 * @param confidence how sure the attribution is, 0..1
 * @param evidence the rule that decided the attribution, for users to see why
 * @param parts the spans of the quoted words, in order: one for a contiguous quotation, more for a
 *     quotation split by its attribution
 * @param place which text the offsets index: the body, or the title; null means the body
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
    List<Span> parts,
    QuotePlace place) {
  public Quotation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speaker, "speaker");
    place = place == null ? QuotePlace.BODY : place;
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

  /** A quotation in the body. */
  public Quotation(String text, int begin, int end, QuoteKind kind, String cue, Speaker speaker, double confidence, String evidence,
      List<Span> parts) {
    this(text, begin, end, kind, cue, speaker, confidence, evidence, parts, QuotePlace.BODY);
  }

  /** A contiguous quotation in the body: {@code text} is {@code body.substring(begin, end)}. */
  public Quotation(String text, int begin, int end, QuoteKind kind, String cue, Speaker speaker, double confidence, String evidence) {
    this(text, begin, end, kind, cue, speaker, confidence, evidence, List.of(new Span(begin, end)));
  }

  /** Whether the quotation's offsets index the title rather than the body. */
  public boolean inTitle() {
    return place == QuotePlace.TITLE;
  }

  /** Whether the quotation is split by its attribution into several parts. */
  public boolean split() {
    return parts.size() > 1;
  }
}
