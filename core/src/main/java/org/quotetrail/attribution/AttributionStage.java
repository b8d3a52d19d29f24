package org.quotetrail.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotetrail.mention.Entity;
import org.quotetrail.mention.Mention;
import org.quotetrail.model.QuoteKind;
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
  /** The most words a marked phrase inside a sentence may have for {@link #isPhraseInASentence}. */
  private static final int PHRASE_WORDS = 4;
  private static final String QUOTE_OPENERS = "\"'\u201c\u2018";

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
      if (isPhraseInASentence(body, quote, decided)) {
        continue;
      }
      decided.ifPresent(a -> article.record(quote, a));
      quotations.add(quotation(body, quote, decided.orElse(null)));
    }
    document.set(Layers.QUOTATIONS, quotations);
  }

  /**
   * Whether {@code quote} is a few marked words inside someone else's sentence that no cue
   * introduces and whose speaker is at best a guess: a title or a label ("her novel “Opening
   * Belle,” set on Wall Street", "what critics call “chick lit.”"), not speech. On PolNeAR train
   * such quotes were false positives 33 times for each 5 that were true.
   */
  private static boolean isPhraseInASentence(String body, QuoteCandidate quote, Optional<Attribution> decided) {
    boolean cued = quote.cue() != null || decided.map(a -> a.cue() != null || !NearestSubjectSieve.decided(a)).orElse(false);
    if (cued || quote.kind() != QuoteKind.DIRECT || words(quote.text(body)) > PHRASE_WORDS) {
      return false;
    }
    int before = quote.content().begin() - 1;
    while (before >= 0 && (QUOTE_OPENERS.indexOf(body.charAt(before)) >= 0 || body.charAt(before) == ' ')) {
      before--;
    }
    return before >= 0 && (Character.isLetterOrDigit(body.charAt(before)) || body.charAt(before) == ',');
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  private Optional<Attribution> decide(QuoteCandidate quote, ArticleContext article) {
    if (quote.kind() != QuoteKind.DIRECT && quote.kind() != QuoteKind.PARTIAL && quote.cue() != null && !quote.cue().hasSource()) {
      // "The board is expected to approve ...", "Asked whether she would run, ...": no one is named to hold or ask it
      return Optional.empty();
    }
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
