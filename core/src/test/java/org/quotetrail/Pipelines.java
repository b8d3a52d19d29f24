package org.quotetrail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotetrail.clean.CleanStage;
import org.quotetrail.clean.PlainTextCleaner;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.mention.MentionStage;
import org.quotetrail.pipeline.Document;
import org.quotetrail.pipeline.Layers;
import org.quotetrail.pipeline.Pipeline;
import org.quotetrail.pipeline.Stage;
import org.quotetrail.quote.QuoteMarkStage;
import org.quotetrail.quote.QuoteStage;
import org.quotetrail.segment.SegmentStage;

/** Runs the first stages of the pipeline on a short text, so one stage can be tested on its own layers. */
public final class Pipelines {
  private Pipelines() {}

  /** The document after cleaning, segmentation, quote marks and mentions; {@code body} follows a headline. */
  public static Document throughMentions(String body) {
    return run("Headline", body, List.of());
  }

  /** The document after mentions, for an article with the given headline. */
  public static Document throughMentions(String headline, String body) {
    return run(headline, body, List.of());
  }

  /** The document after the quotation stage (cues and candidates). */
  public static Document throughQuotes(String body) {
    return run("Headline", body, List.of(new QuoteStage(Lexicon.english(), org.quotetrail.quote.CueModel.shipped())));
  }

  private static Document run(String headline, String body, List<Stage> more) {
    List<Stage> stages = new java.util.ArrayList<>(List.of(
        new CleanStage(Map.of(RawArticle.Format.TEXT, new PlainTextCleaner())),
        new SegmentStage(),
        new QuoteMarkStage(),
        new MentionStage(Lexicon.english())));
    stages.addAll(more);
    Pipeline pipeline = Pipeline.of(Set.of(Layers.RAW), stages);
    return pipeline.process(new Document("test").set(Layers.RAW, RawArticle.text("test", headline + "\n" + body)));
  }
}
