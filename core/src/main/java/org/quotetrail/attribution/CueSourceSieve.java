package org.quotetrail.attribution;

import java.util.Optional;
import org.quotetrail.mention.MentionKind;
import org.quotetrail.quote.Cue;
import org.quotetrail.quote.CueKind;
import org.quotetrail.quote.QuoteCandidate;

/** The speaker is the source of the quotation's own cue: "“...,” he told reporters", "Smith said that ...". */
final class CueSourceSieve implements Sieve {
  @Override
  public String name() {
    return "cue-source";
  }

  @Override
  public Optional<Attribution> attribute(QuoteCandidate quote, ArticleContext article) {
    Cue cue = quote.cue();
    if (cue == null || !cue.hasSource()) {
      return Optional.empty();
    }
    String form = switch (quote.kind()) {
      case DIRECT -> cue.sourceAfter() ? "quote, cue, speaker" : "speaker and cue next to the quote";
      case PARTIAL -> "quoted fragment in a sentence with cue";
      case INDIRECT, MIXED -> cue.lemma().equals("according to") ? "according to" : "reported clause of the cue";
      case BELIEF -> "belief or intention stated for the subject";
      case STANCE -> cue.tentative()
          ? "act or stance of the subject, cue scored just below the learned cue model's threshold, kept for its long clause"
          : "act or stance of the subject, cue found by the learned cue model";
    };
    return Optional.of(new Attribution(cue.source(), cue, confidence(cue), name() + ": " + form));
  }

  static double confidence(Cue cue) {
    if (cue.tentative()) {
      return 0.5; // about one time in two on PolNeAR train and dev
    }
    if (cue.kind() == CueKind.STANCE) {
      return 0.6; // the learned cue model is right about two times in three on held-out words
    }
    if (cue.source().entity() == null) {
      return 0.5;
    }
    return cue.source().kind() == MentionKind.NAME ? 0.95 : 0.85;
  }
}
