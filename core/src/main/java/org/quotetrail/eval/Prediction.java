package org.quotetrail.eval;

import java.util.Objects;
import org.quotetrail.text.Span;

/**
 * One predicted quotation, placed in the original article text.
 *
 * @param span where the quotation stands in the original text, or null when it could not be mapped
 *     there (it then counts as a false positive)
 * @param text the quotation's words as predicted
 * @param speakerMention the words naming the speaker at the quotation ("he"), or null
 * @param speakerName the speaker's canonical name in the article ("Hillary Clinton"), or null
 * @param cue the reporting words ("said"), or null
 */
public record Prediction(Span span, String text, String speakerMention, String speakerName, String cue) {
  public Prediction {
    Objects.requireNonNull(text, "text");
  }

  /** The predicted speaker for people to read: name, else mention, else empty. */
  public String speakerLabel() {
    if (speakerName != null) {
      return speakerMention == null || speakerMention.equals(speakerName)
          ? speakerName
          : speakerName + " (" + speakerMention + ")";
    }
    return speakerMention == null ? "" : speakerMention;
  }
}
