package org.quotetrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.model.QuoteKind;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.store.StoredQuotation;

class QuotationCsvTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Test
  void plainFieldsAreLeftAlone() {
    assertEquals("Owen Smith", QuotationCsv.field(JSON.textNode("Owen Smith")));
    assertEquals("0.5", QuotationCsv.field(JSON.numberNode(0.5)));
  }

  @Test
  void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
    assertEquals("\"a, b\"", QuotationCsv.field(JSON.textNode("a, b")));
    assertEquals("\"say \"\"no\"\"\"", QuotationCsv.field(JSON.textNode("say \"no\"")));
    assertEquals("\"one\ntwo\"", QuotationCsv.field(JSON.textNode("one\ntwo")));
    assertEquals("\"one\rtwo\"", QuotationCsv.field(JSON.textNode("one\rtwo")));
  }

  @Test
  void absentValuesAreEmpty() {
    assertEquals("", QuotationCsv.field(NullNode.getInstance()));
    assertEquals("", QuotationCsv.field(MissingNode.getInstance()));
  }

  @Test
  void columnsAreTheJsonFieldsWithTheSpeakerFlattened() {
    Quotation q = new Quotation("Yes", 0, 3, QuoteKind.DIRECT, null, Speaker.UNKNOWN, 0.5, "test");
    StoredQuotation stored = new StoredQuotation(1, "a.txt", null, null, null, LocalDate.of(2024, 1, 1), 0, q);
    JsonNode json = QuotationJson.object(stored);
    List<String> flattened = new ArrayList<>();
    json.fieldNames().forEachRemaining(name -> {
      if (json.path(name).isObject()) {
        json.path(name).fieldNames().forEachRemaining(inner -> flattened.add(name + "_" + inner));
      } else {
        flattened.add(name);
      }
    });
    assertEquals(QuotationCsv.COLUMNS, flattened);
  }

  @Test
  void writesAHeaderAndCrlfLines() {
    Quotation q = new Quotation("Yes", 0, 3, QuoteKind.DIRECT, null, Speaker.UNKNOWN, 0.5, "test");
    StringWriter out = new StringWriter();
    new QuotationCsv().write(List.of(new StoredQuotation(1, "a.txt", null, null, null, null, 0, q)), new PrintWriter(out));
    assertEquals(
        String.join(",", QuotationCsv.COLUMNS) + "\r\n" + "a.txt,,,,,0,Yes,0,3,body,direct,,,unknown,,,0.5,test\r\n",
        out.toString());
  }
}
