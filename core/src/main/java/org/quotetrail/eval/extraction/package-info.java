/**
 * Scoring body extraction against the article-extraction benchmark (pages with their true article
 * body): consumes the benchmark folder and an {@link org.quotetrail.clean.ArticleCleaner}; produces
 * precision, recall and F1 of word 4-grams, and the cleaner's speed.
 */
package org.quotetrail.eval.extraction;
