/**
 * Links articles across the store, online as they are ingested: stories ({@link
 * org.quotetrail.link.StoryLinker}: TF-IDF profiles of words, names and numbers compared with story
 * centroids found through an inverted index), one canonical speaker per person or organisation
 * ({@link org.quotetrail.link.SpeakerLinker}), quote variants ({@link
 * org.quotetrail.link.VariantGrouper}, {@link org.quotetrail.link.WordingMatch}, {@link
 * org.quotetrail.link.WordDiff}), credits to other outlets ({@link org.quotetrail.link.CreditFinder})
 * and replies ({@link org.quotetrail.link.ReplyPairer}).
 *
 * <p>Consumes stored articles and their attributed quotations ({@link
 * org.quotetrail.store.LinkStore#article}); produces rows of the link tables (migration V3) through
 * {@link org.quotetrail.store.LinkStore}, an article at a time and up to 64 articles to a
 * transaction ({@link org.quotetrail.link.ArticleLinker}); {@link org.quotetrail.link.LinkReports} reads them back as
 * views for the {@code stories}, {@code story}, {@code speaker} and {@code variants} commands.
 */
package org.quotetrail.link;
