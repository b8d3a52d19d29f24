package org.quotetrail.eval;

import java.util.ArrayList;
import java.util.List;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.Quotation;
import org.quotetrail.text.Span;

/**
 * Predictions of the extractor exactly as {@code extract} produces them: the article's original
 * text goes in as a plain-text article, and each quotation's body offsets are mapped back to the
 * original text with a {@link BodyAlignment}; a headline quotation's title offsets are mapped by the
 * title line's own alignment.
 */
public final class ExtractorSource implements QuotationSource {
  private final Extractor extractor;

  public ExtractorSource(Extractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return "extractor";
  }

  @Override
  public List<Prediction> predict(PolnearArticle article) {
    ExtractedArticle extracted = extractor.extract(RawArticle.text(article.id() + ".txt", article.text()));
    BodyAlignment alignment = BodyAlignment.of(article.text(), extracted.body());
    // A headline quotation's offsets index the title, which is a line of the original of its own.
    BodyAlignment title = extracted.title() == null ? null : BodyAlignment.of(article.text(), extracted.title());
    List<Prediction> out = new ArrayList<>();
    for (Quotation q : extracted.quotes()) {
      BodyAlignment in = q.inTitle() ? title : alignment;
      Span span = in == null ? null : in.toOriginal(q.begin(), q.end()).orElse(null);
      out.add(new Prediction(span, q.text(), q.speaker().mention(), q.speaker().name(), q.cue()));
    }
    return out;
  }
}
