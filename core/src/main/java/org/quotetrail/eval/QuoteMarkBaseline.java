package org.quotetrail.eval;

import java.util.ArrayList;
import java.util.List;
import org.quotetrail.text.Span;

/**
 * The simplest quotation finder, for reference: every stretch of text between double quote marks
 * (" or “ ... ” or "), with no speaker and no cue. Marks pair within a line; a quote still open at
 * the end of a line ends there, as news quotes that run over paragraphs leave the closing mark
 * off until the last one. It reads the original text, title included.
 */
public final class QuoteMarkBaseline implements QuotationSource {
  @Override
  public String name() {
    return "quote-marks";
  }

  @Override
  public List<Prediction> predict(PolnearArticle article) {
    String text = article.text();
    List<Prediction> out = new ArrayList<>();
    for (Span span : quoted(text)) {
      out.add(new Prediction(span, span.of(text), null, null, null));
    }
    return out;
  }

  /** The stretches between quote marks in {@code text}, trimmed, in order. */
  static List<Span> quoted(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (open >= 0 && (c == '”' || c == '"'))) {
        if (open >= 0) {
          add(out, text, open, i);
        }
        open = -1;
      } else if (c == '“' || c == '"') {
        open = i + 1;
      }
    }
    if (open >= 0) {
      add(out, text, open, text.length());
    }
    return out;
  }

  private static void add(List<Span> out, String text, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > begin) {
      out.add(new Span(begin, end));
    }
  }
}
