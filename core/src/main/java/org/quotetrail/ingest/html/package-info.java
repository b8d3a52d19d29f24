/**
 * Reading HTML pages: files ({@code .html}, {@code .htm}, gzipped or not) become {@link
 * org.quotetrail.ingest.RawArticle}s of format HTML, decoded with the charset the bytes, the markup
 * or the server declare. Consumes files; produces raw articles and input problems.
 */
package org.quotetrail.ingest.html;
