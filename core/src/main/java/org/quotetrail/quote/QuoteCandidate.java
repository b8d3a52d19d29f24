package org.quotetrail.quote;

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
 */
public record QuoteCandidate(Span content, QuoteKind kind, Cue cue, int firstParagraph, int lastParagraph) {}
