/**
 * Reading web archives ({@code .warc}, {@code .warc.gz}): the HTML pages among a WARC file's
 * response records become {@link org.quotetrail.ingest.RawArticle}s named "file@offset", with the
 * record's URL and fetch date. Records stream one at a time, so memory stays constant however large
 * the archive; a damaged record becomes an {@link org.quotetrail.ingest.InputProblem} with its byte
 * offset and reading resumes at the next record that can be found.
 */
package org.quotetrail.ingest.warc;
