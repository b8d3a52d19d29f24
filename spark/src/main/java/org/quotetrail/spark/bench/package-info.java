/**
 * Benchmark of the Spark job against plain extraction: writes the generated benchmark corpus into
 * WARC files as HTML pages ({@link org.quotetrail.spark.bench.CorpusWarc}) and times both on them
 * ({@link org.quotetrail.spark.bench.QuoteJobBench}).
 */
package org.quotetrail.spark.bench;
