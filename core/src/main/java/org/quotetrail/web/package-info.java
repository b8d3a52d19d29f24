/**
 * The web interface: {@code quotetrail serve} answers HTML pages and a JSON API over a store,
 * read-only.
 *
 * <p>Consumes a {@link org.quotetrail.store.Store} (through {@link org.quotetrail.store.StoreBrowser});
 * produces pages and JSON. {@link org.quotetrail.web.WebServer} is Javalin with a pool of store
 * connections; pages are built with {@code Html}, which escapes every text it is given, so stored
 * article text never becomes markup. The API's field names are a contract (docs/api.md).
 */
package org.quotetrail.web;
