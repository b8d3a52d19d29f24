package org.quotetrail.quote;

/** What a cue attributes to its source. */
public enum CueKind {
  /** Speech: "said", "told", "according to". */
  SPEECH,
  /** A belief or intention, from the word list: "believes", "wants". */
  BELIEF,
  /** An act or stance the learned cue model found: "rejected", "declined", "polls show". */
  STANCE
}
