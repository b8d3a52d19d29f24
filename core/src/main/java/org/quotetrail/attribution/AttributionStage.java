package org.quotetrail.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotetrail.mention.Entity;
import org.quotetrail.mention.Mention;
import org.quotetrail.model.Quotation;
import org.quotetrail.model.Speaker;
import org.quotetrail.model.SpeakerType;
import org.quotetrail.pipeline.Document;
import org.quotetrail.pipeline.Layer;
import org.quotetrail.pipeline.Layers;
import org.quotetrail.pipeline.Stage;
import org.quotetrail.quote.QuoteCandidate;

/**
 * Decides the speaker of each candidate quotation by running the sieves in order, and records
 * which sieve decided as the quotation's evidence.
 */
public final class AttributionStage implements Stage {
  private final List<Sieve> sieves;

  public AttributionStage(List<Sieve> sieves) {
    this.sieves = List.copyOf(sieves);
  }

  /** The standard sieves, most precise first. */
  public static AttributionStage standard() {
    return new AttributionStage(
        List.of(new CueSourceSieve(), new ParagraphCueSieve(), new ContinuationSieve(), new IntroducedSpeakerSieve(),
            new NearestSubjectSieve()));
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.BODY, Layers.PARAGRAPHS, Layers.SENTENCES, Layers.MENTIONS, Layers.CUES, Layers.QUOTE_CANDIDATES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.QUOTATIONS);
  }

  @Override
  public void annotate(Document document) {
    String body = document.get(Layers.BODY);
    ArticleContext article = new ArticleContext(body, document.get(Layers.PARAGRAPHS), document.get(Layers.SENTENCES),
        document.get(Layers.MENTIONS), document.get(Layers.CUES));
    List<Quotation> quotations = new ArrayList<>();
    for (QuoteCandidate quote : document.get(Layers.QUOTE_CANDIDATES)) {
      Optional<Attribution> decided = decide(quote, article);
      decided.ifPresent(a -> article.record(quote, a));
      quotations.add(quotation(body, quote, decided.orElse(null)));
    }
    document.set(Layers.QUOTATIONS, quotations);
  }

  private Optional<Attribution> decide(QuoteCandidate quote, ArticleContext article) {
    for (Sieve sieve : sieves) {
      Optional<Attribution> found = sieve.attribute(quote, article);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Quotation quotation(String body, QuoteCandidate quote, Attribution a) {
    String text = quote.text(body);
    if (a == null) {
      String cue = quote.cue() == null ? null : quote.cue().text();
      return new Quotation(text, quote.content().begin(), quote.content().end(), quote.kind(), cue, Speaker.UNKNOWN, 0.0,
          "no sieve found a speaker", quote.parts());
    }
    String cue = a.cue() == null ? null : a.cue().text();
    return new Quotation(text, quote.content().begin(), quote.content().end(), quote.kind(), cue, speaker(a.source()),
        a.confidence(), a.evidence(), quote.parts());
  }

  /** The speaker a mention stands for; a lone unknown name that speaks is taken for an organisation ("Momentum said"). */
  static Speaker speaker(Mention m) {
    Entity e = m.entity();
    if (e == null) {
      return new Speaker(null, SpeakerType.UNKNOWN, m.text(), m.role());
    }
    SpeakerType type = e.type() == SpeakerType.UNKNOWN && !e.name().contains(" ") ? SpeakerType.ORGANIZATION : e.type();
    return new Speaker(e.name(), type, m.text(), m.role());
  }
}
