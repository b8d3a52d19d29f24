package org.quotetrail.quote;

import java.util.Set;
import org.quotetrail.pipeline.Document;
import org.quotetrail.pipeline.Layer;
import org.quotetrail.pipeline.Layers;
import org.quotetrail.pipeline.Stage;

/** Marks the text between quote marks, so that later stages know what is the reporter's and what is quoted. */
public final class QuoteMarkStage implements Stage {
  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.BODY, Layers.PARAGRAPHS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.QUOTE_MARKS);
  }

  @Override
  public void annotate(Document document) {
    document.set(Layers.QUOTE_MARKS, QuoteMarkFinder.find(document.get(Layers.BODY), document.get(Layers.PARAGRAPHS)));
  }
}
