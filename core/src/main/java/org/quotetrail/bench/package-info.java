/**
 * Synthetic corpora and throughput measurement: {@link org.quotetrail.bench.CorpusGenerator} writes
 * invented, news-like plain-text articles from our own templates and word lists (seeded, so a run
 * can be repeated), and {@link org.quotetrail.bench.Benchmark} runs the standard extractor over them
 * and reports articles per second, megabytes per second and peak heap.
 *
 * <p>Consumes nothing but a seed and a count; produces {@link org.quotetrail.ingest.RawArticle}s,
 * optionally written as {@code .txt} files, and a {@link org.quotetrail.bench.BenchResult}.
 */
package org.quotetrail.bench;
