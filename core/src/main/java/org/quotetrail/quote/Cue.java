package org.quotetrail.quote;

import org.quotetrail.mention.Mention;
import org.quotetrail.text.Span;

/**
 * Reporting words ("said", "told reporters", "according to") outside quotation marks, with the
 * mention of their source where the sentence shows one.
 *
 * @param span the cue words
 * @param text the cue words as written ("told reporters")
 * @param lemma the reporting verb's lemma ("tell"), or "according to"
 * @param sentence index of the sentence holding it
 * @param verbToken index of the verb's token (the last token of "according to")
 * @param source the mention of the source, or null when the sentence does not name one
 * @param sourceAfter whether the source follows the cue ("said Smith", "according to Reuters")
 * @param kind speech, a belief or intention ("believes", "wants"), or an act or stance ("rejected")
 * @param noun whether the cue is a noun whose possessor is the source ("Smith's claim that ...")
 * @param tentative whether the learned cue model scored the word below its threshold, so that the cue
 *     reports only a long clause that no other reading holds
 */
public record Cue(
    Span span, String text, String lemma, int sentence, int verbToken, Mention source, boolean sourceAfter, CueKind kind,
    boolean noun, boolean tentative) {
  /** A verb cue (or "according to", or a colon). */
  public Cue(Span span, String text, String lemma, int sentence, int verbToken, Mention source, boolean sourceAfter, CueKind kind) {
    this(span, text, lemma, sentence, verbToken, source, sourceAfter, kind, false);
  }

  /** A cue the word lists or the model accept outright. */
  public Cue(Span span, String text, String lemma, int sentence, int verbToken, Mention source, boolean sourceAfter, CueKind kind,
      boolean noun) {
    this(span, text, lemma, sentence, verbToken, source, sourceAfter, kind, noun, false);
  }

  /** This cue, marked as one the model scored below its threshold. */
  Cue asTentative() {
    return new Cue(span, text, lemma, sentence, verbToken, source, sourceAfter, kind, noun, true);
  }

  public boolean hasSource() {
    return source != null;
  }
}
