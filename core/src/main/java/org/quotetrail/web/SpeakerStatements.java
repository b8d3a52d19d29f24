package org.quotetrail.web;

import java.util.ArrayList;
import java.util.List;
import org.quotetrail.store.BrowseFilter;
import org.quotetrail.store.FoundQuotation;
import org.quotetrail.store.PageRequest;
import org.quotetrail.store.ResultPage;
import org.quotetrail.store.Store;

/**
 * A speaker's quotations across stories and outlets, newest first, with the wordings of one
 * statement collapsed into one {@link Statement} ({@link Variants}). Only the newest {@link #WINDOW}
 * quotations are read, so a much-quoted speaker's page stays fast.
 *
 * @param name the speaker's name as asked for
 * @param quotationCount how many quotations of the speaker are stored
 * @param statements the statements, newest report first
 */
record SpeakerStatements(String name, long quotationCount, List<Statement> statements) {
  static final int WINDOW = 1000;

  /**
   * One statement and its reports.
   *
   * @param reports the quotations reporting it, newest first
   */
  record Statement(List<FoundQuotation> reports) {
    /** The earliest report: the last, as reports are newest first. */
    FoundQuotation first() {
      return reports.get(reports.size() - 1);
    }
  }

  SpeakerStatements {
    statements = List.copyOf(statements);
  }

  static SpeakerStatements read(Store store, String name) {
    BrowseFilter filter = new BrowseFilter(null, name, null, null, null);
    ResultPage<FoundQuotation> newest = store.browser().quotations(filter, new PageRequest(WINDOW, 0));
    List<Statement> statements = new ArrayList<>();
    for (List<FoundQuotation> group : Variants.group(newest.items(), q -> q.stored().quotation().text())) {
      statements.add(new Statement(group));
    }
    return new SpeakerStatements(name, newest.total(), statements);
  }

  /** Whether older quotations were left out. */
  boolean truncated() {
    return quotationCount > WINDOW;
  }
}
