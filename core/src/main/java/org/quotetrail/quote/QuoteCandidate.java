package org.quotetrail.quote;

import org.quotetrail.model.QuoteKind;
import org.quotetrail.text.Span;

/**
 * A span of the body that reports someone's words, before its speaker is decided.
 *
 * @param content the quoted or reported words, without surrounding quote marks
 * @param kind direct, partial, indirect or mixed
 * @param cue the reporting words found with it, or null
 */
public record QuoteCandidate(Span content, QuoteKind kind, Cue cue) {}
