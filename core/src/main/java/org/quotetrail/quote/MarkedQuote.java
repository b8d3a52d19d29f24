package org.quotetrail.quote;

import org.quotetrail.text.Span;

/**
 * Text between quote marks. A quotation that runs over several paragraphs (each paragraph opening
 * with a mark, only the last closing) is one marked quote.
 *
 * @param content the words inside the marks
 * @param outer the words with their marks (an unclosed quote ends at its paragraph's end)
 * @param firstParagraph index of the paragraph where it opens
 * @param lastParagraph index of the paragraph where it closes
 * @param single whether the marks are single (‘…’ or '…') rather than double
 */
public record MarkedQuote(Span content, Span outer, int firstParagraph, int lastParagraph, boolean single) {}
