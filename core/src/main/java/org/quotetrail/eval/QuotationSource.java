package org.quotetrail.eval;

import java.util.List;

/** Something that predicts an article's quotations: the extractor, or a baseline to compare with. */
public interface QuotationSource {
  /** A short name for reports ("extractor", "quote-marks"). */
  String name();

  /** The quotations predicted for {@code article}, placed in its original text. */
  List<Prediction> predict(PolnearArticle article);
}
