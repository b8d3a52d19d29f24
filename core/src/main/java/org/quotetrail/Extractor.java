package org.quotetrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotetrail.attribution.AttributionStage;
import org.quotetrail.clean.ArticleMetadata;
import org.quotetrail.clean.CleanStage;
import org.quotetrail.clean.PlainTextCleaner;
import org.quotetrail.clean.html.HtmlCleaner;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.mention.MentionStage;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.model.Quotation;
import org.quotetrail.pipeline.Document;
import org.quotetrail.pipeline.Layers;
import org.quotetrail.pipeline.Pipeline;
import org.quotetrail.quote.CueModel;
import org.quotetrail.quote.HeadlineQuoteStage;
import org.quotetrail.quote.QuoteMarkStage;
import org.quotetrail.quote.QuoteStage;
import org.quotetrail.segment.SegmentStage;

/**
 * The per-article pipeline as one call: raw article in, cleaned article with attributed quotations
 * out. Build once and share; {@link #extract} is safe to call from several threads.
 */
public final class Extractor {
  private final Pipeline pipeline;

  private Extractor(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The standard pipeline: clean, segment, mentions, quotations, attribution, headline quotations. */
  public static Extractor standard() {
    return standard(CueModel.shipped());
  }

  /** The standard pipeline with another cue model (one just trained, before it ships). */
  public static Extractor standard(CueModel cueModel) {
    Lexicon lexicon = Lexicon.english();
    return new Extractor(
        Pipeline.of(
            Set.of(Layers.RAW),
            List.of(
                cleanStage(),
                new SegmentStage(),
                new QuoteMarkStage(),
                new MentionStage(lexicon),
                new QuoteStage(lexicon, cueModel),
                AttributionStage.standard(),
                new HeadlineQuoteStage(lexicon))));
  }

  /** The cleaning stage of the standard pipeline: plain text and HTML. */
  public static CleanStage cleanStage() {
    return new CleanStage(Map.of(
        RawArticle.Format.TEXT, new PlainTextCleaner(),
        RawArticle.Format.HTML, new HtmlCleaner()));
  }

  /** Runs the pipeline on {@code raw}. */
  public ExtractedArticle extract(RawArticle raw) {
    Document document = pipeline.process(new Document(raw.source()).set(Layers.RAW, raw));
    ArticleMetadata meta = document.get(Layers.METADATA);
    List<Quotation> quotes = new ArrayList<>(document.get(Layers.HEADLINE_QUOTATIONS));
    quotes.addAll(document.get(Layers.QUOTATIONS));
    return new ExtractedArticle(
        raw.source(),
        meta.url() != null ? meta.url() : raw.url(),
        meta.outlet(),
        meta.title(),
        meta.byline(),
        meta.published(),
        document.get(Layers.BODY),
        quotes);
  }
}
