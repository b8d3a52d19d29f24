package org.quotetrail.pipeline;

import java.util.List;
import org.quotetrail.clean.ArticleMetadata;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.mention.Mention;
import org.quotetrail.model.Quotation;
import org.quotetrail.quote.Cue;
import org.quotetrail.quote.MarkedQuote;
import org.quotetrail.quote.QuoteCandidate;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;
import org.quotetrail.text.Span;

/** The layers of the per-article pipeline, in the order stages add them. */
public final class Layers {
  private Layers() {}

  /** The article as read: set by whoever creates the document. */
  public static final Layer<RawArticle> RAW = Layer.of("raw", RawArticle.class);

  /** Headline, byline, outlet, date and URL. */
  public static final Layer<ArticleMetadata> METADATA = Layer.of("metadata", ArticleMetadata.class);

  /** The article text after boilerplate removal; every later offset points into it. */
  public static final Layer<String> BODY = Layer.of("body", String.class);

  /** Paragraph spans of the body, in order. */
  public static final Layer<List<Span>> PARAGRAPHS = Layer.of("paragraphs", List.class);

  /** Sentences of the body, in order. */
  public static final Layer<List<Sentence>> SENTENCES = Layer.of("sentences", List.class);

  /** Tokens of the body, in order. */
  public static final Layer<List<Token>> TOKENS = Layer.of("tokens", List.class);

  /** Text between quote marks, including quotations that run over several paragraphs. */
  public static final Layer<List<MarkedQuote>> QUOTE_MARKS = Layer.of("quote-marks", List.class);

  /** Mentions of people and organisations, each linked to an entity of the article. */
  public static final Layer<List<Mention>> MENTIONS = Layer.of("mentions", List.class);

  /** Reporting cues ("said", "told reporters", "according to") with their sources. */
  public static final Layer<List<Cue>> CUES = Layer.of("cues", List.class);

  /** Candidate quotations (direct, partial, reported), not yet attributed. */
  public static final Layer<List<QuoteCandidate>> QUOTE_CANDIDATES = Layer.of("quote-candidates", List.class);

  /** Attributed statements in the headline ("Lee: ..."), whose offsets index the title. */
  public static final Layer<List<Quotation>> HEADLINE_QUOTATIONS = Layer.of("headline-quotations", List.class);

  /** Attributed quotations. */
  public static final Layer<List<Quotation>> QUOTATIONS = Layer.of("quotations", List.class);
}
