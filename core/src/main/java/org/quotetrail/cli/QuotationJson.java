package org.quotetrail.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.quotetrail.json.ArticleJson;
import org.quotetrail.store.StoredQuotation;

/**
 * Prints stored quotations as one JSON array, an object a line: the article's {@code source},
 * {@code url}, {@code outlet}, {@code title} and {@code published}, the quotation's {@code
 * ordinal} in its article, then the quotation's fields as {@code extract} names them.
 */
final class QuotationJson implements QuotationFormat {
  @Override
  public void write(List<StoredQuotation> quotations, PrintWriter out) {
    out.println("[");
    for (int i = 0; i < quotations.size(); i++) {
      out.print(object(quotations.get(i)).toString());
      out.println(i + 1 < quotations.size() ? "," : "");
    }
    out.println("]");
  }

  /** The JSON object of one stored quotation. */
  static ObjectNode object(StoredQuotation stored) {
    ObjectNode node = ArticleJson.MAPPER.createObjectNode();
    node.put("source", stored.source());
    node.put("url", stored.url());
    node.put("outlet", stored.outlet());
    node.put("title", stored.title());
    node.put("published", stored.published() == null ? null : stored.published().toString());
    node.put("ordinal", stored.ordinal());
    node.setAll(ArticleJson.quotation(stored.quotation()));
    return node;
  }
}
