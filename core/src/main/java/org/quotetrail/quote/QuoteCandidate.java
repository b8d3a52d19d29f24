package org.quotetrail.quote;

import java.util.List;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.text.Span;

/**
 * A span of the body that reports someone's words, before its speaker is decided.
 *
 * @param content the quoted or reported words, without surrounding quote marks
 * @param kind direct, partial, indirect or mixed
 * @param cue the reporting words tied to it in its sentence, or null
 * @param firstParagraph index of the paragraph where it starts
 * @param lastParagraph index of the paragraph where it ends
 * @param parts the spans of the quoted words: one, or more for a quote split by its attribution
 */
public record QuoteCandidate(Span content, QuoteKind kind, Cue cue, int firstParagraph, int lastParagraph, List<Span> parts) {
  public QuoteCandidate {
    parts = parts == null || parts.isEmpty() ? List.of(content) : List.copyOf(parts);
  }

  /** A contiguous candidate. */
  public QuoteCandidate(Span content, QuoteKind kind, Cue cue, int firstParagraph, int lastParagraph) {
    this(content, kind, cue, firstParagraph, lastParagraph, List.of(content));
  }

  /** The words of the body this candidate quotes: its parts joined by a space. */
  public String text(String body) {
    StringBuilder text = new StringBuilder();
    for (Span part : parts) {
      text.append(text.length() == 0 ? "" : " ").append(part.of(body));
    }
    return text.toString();
  }
}
