package org.quotetrail.clean;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.pipeline.Document;
import org.quotetrail.pipeline.Layer;
import org.quotetrail.pipeline.Layers;
import org.quotetrail.pipeline.Stage;

/** Removes boilerplate and finds metadata, with the cleaner that fits the article's format. */
public final class CleanStage implements Stage {
  private final Map<RawArticle.Format, ArticleCleaner> cleaners;

  public CleanStage(Map<RawArticle.Format, ArticleCleaner> cleaners) {
    this.cleaners = new EnumMap<>(cleaners);
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.RAW);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.METADATA, Layers.BODY);
  }

  @Override
  public void annotate(Document document) {
    RawArticle raw = document.get(Layers.RAW);
    ArticleCleaner cleaner = cleaners.get(raw.format());
    if (cleaner == null) {
      throw new IllegalArgumentException("no cleaner for " + raw.format() + " input: " + raw.source());
    }
    CleanedArticle cleaned = cleaner.clean(raw);
    document.set(Layers.METADATA, cleaned.metadata()).set(Layers.BODY, cleaned.body());
  }
}
