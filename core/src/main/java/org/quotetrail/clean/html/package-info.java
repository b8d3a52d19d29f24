/**
 * Main-content extraction from HTML pages: consumes a {@link org.quotetrail.ingest.RawArticle} of
 * format HTML and produces a {@link org.quotetrail.clean.CleanedArticle}: the article's paragraphs,
 * block quotes, list items and headings without the page's furniture, and the metadata that
 * structured data, meta tags or the visible page give.
 *
 * <p>The steps: {@link org.quotetrail.clean.html.FurniturePruner} drops elements whose markup says
 * they are furniture; {@link org.quotetrail.clean.html.TextBlocks} cuts the rest into blocks of
 * text; {@link org.quotetrail.clean.html.ContentSelector} picks the element that holds the most
 * article-like text for the least of anything else, and keeps its blocks that read like article
 * text, judged with the shared {@link org.quotetrail.clean.Boilerplate} rules.
 */
package org.quotetrail.clean.html;
