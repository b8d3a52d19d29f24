package org.quotetrail.eval;

import java.util.List;
import java.util.Set;

/**
 * Judges the speaker and cue of a found quotation against its gold relation. PolNeAR's sources are
 * the mention at the quotation ("he", "a campaign spokesman", "Clinton"), not resolved people, so
 * the words are compared: strictly, the predicted speaker mention must share a word (other than a
 * function word) with the gold source; leniently, it may instead be the predicted canonical name
 * whose last word (the surname, or an organisation's last word) stands in the gold source, which
 * credits a right resolution reported through another mention. The cue is right when the predicted
 * cue shares a word with the gold cue. Words are compared as {@link Words#overlap} says (function
 * words count only when the gold has nothing else).
 */
public final class AttributionJudge {
  private AttributionJudge() {}

  /** Whether the predicted mention shares a word with the gold source. */
  public static boolean speakerStrict(String goldSource, Prediction predicted) {
    return Words.overlap(goldSource, predicted.speakerMention());
  }

  /** Whether the predicted mention, or the predicted name's last word, points to the gold source. */
  public static boolean speakerLenient(String goldSource, Prediction predicted) {
    if (speakerStrict(goldSource, predicted)) {
      return true;
    }
    List<String> name = List.copyOf(Words.content(predicted.speakerName()));
    Set<String> source = Words.content(goldSource);
    return !name.isEmpty() && source.contains(name.get(name.size() - 1));
  }

  /** Whether the predicted cue shares a word with the gold cue. */
  public static boolean cue(String goldCue, Prediction predicted) {
    return Words.overlap(goldCue, predicted.cue());
  }
}
