package org.quotetrail.eval.extraction;

import org.quotetrail.ingest.RawArticle;

/**
 * One page of the benchmark with its true article body.
 *
 * @param id the page's id in the benchmark
 * @param page the decoded page
 * @param truth the true article body
 */
public record BenchmarkPage(String id, RawArticle page, String truth) {}
