/**
 * Evaluation of linking across articles: story clustering scored with BCubed and pairwise
 * precision, recall and F1 against gold story ids, and the cross-article speaker merge scored
 * against gold person chains (ECB+).
 *
 * <p>Consumes a JSON Lines corpus (one article a line: {@code id}, {@code outlet}, {@code date},
 * {@code title}, {@code text}, {@code story}, {@code split}) and, for speakers, its person chains;
 * runs the articles through the extractor, a store and {@link org.quotetrail.link.ArticleLinker}
 * exactly as {@code ingest} does, online in date order; produces {@link
 * org.quotetrail.eval.stories.ClusterScores} per split and {@link
 * org.quotetrail.eval.stories.SpeakerMergeScores}.
 */
package org.quotetrail.eval.stories;
