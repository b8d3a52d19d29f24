package org.quotetrail.model;

import java.util.Objects;

/**
 * Who a quotation is attributed to.
 *
 * @param name canonical name within the article ("Owen Smith", "Momentum"), or null when unknown
 * @param type person, organisation or unknown
 * @param mention the words of the article that point to the speaker ("he", "a spokesperson for
 *     Momentum")
 * @param role the speaker's role when the mention names one ("spokesperson"), or null
 */
public record Speaker(String name, SpeakerType type, String mention, String role) {
  public static final Speaker UNKNOWN = new Speaker(null, SpeakerType.UNKNOWN, null, null);

  public Speaker {
    Objects.requireNonNull(type, "type");
  }

  public boolean known() {
    return name != null;
  }
}
