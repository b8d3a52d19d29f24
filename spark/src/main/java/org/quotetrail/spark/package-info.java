/**
 * The per-article pipeline as an Apache Spark job, for crawls too large for one machine. Consumes
 * WARC files ({@code .warc}, {@code .warc.gz}) on any Hadoop file system, one task per file; runs
 * {@link org.quotetrail.Extractor#standard()} in the executors; produces two Parquet datasets,
 * {@code articles} (the fields of {@code extract}'s JSON, quotations nested) and {@code
 * quotations} (one flat row per quotation), and optionally saves the articles through the core's
 * store API. Corrupt records and unreadable pages are counted and reported, never fatal.
 */
package org.quotetrail.spark;
