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
 */
public record Cue(
    Span span, String text, String lemma, int sentence, int verbToken, Mention source, boolean sourceAfter, CueKind kind,
    boolean noun) {
  /** A verb cue (or "according to", or a colon). */
  public Cue(Span span, String text, String lemma, int sentence, int verbToken, Mention source, boolean sourceAfter, CueKind kind) {
    this(span, text, lemma, sentence, verbToken, source, sourceAfter, kind, false);
  }

  public boolean hasSource() {
    return source != null;
  }
}
