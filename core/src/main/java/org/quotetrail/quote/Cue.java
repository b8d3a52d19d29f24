package org.quotetrail.quote;

import org.quotetrail.text.Span;

/**
 * Reporting words ("said", "told reporters", "according to") and, where the sentence shows it,
 * the span of the words naming the source.
 *
 * @param span the cue words
 * @param text the cue words as written
 * @param source span of the source's words, or null when the sentence does not name one
 */
public record Cue(Span span, String text, Span source) {}
