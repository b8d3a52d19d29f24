package org.quotetrail.segment;

import org.quotetrail.text.Span;

/**
 * A sentence of the body.
 *
 * @param span its characters
 * @param paragraph index of the paragraph that holds it
 * @param firstToken index of its first token in the article's token list
 * @param endToken index past its last token
 */
public record Sentence(Span span, int paragraph, int firstToken, int endToken) {}
