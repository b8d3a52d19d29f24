package org.quotetrail.cli;

import java.io.PrintWriter;
import java.util.List;
import org.quotetrail.store.StoredQuotation;

/** A way of printing stored quotations for {@code quotes}. */
interface QuotationFormat {
  void write(List<StoredQuotation> quotations, PrintWriter out);
}
