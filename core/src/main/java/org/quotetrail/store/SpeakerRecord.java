package org.quotetrail.store;

import java.util.List;

/**
 * A canonical speaker: one person or organisation across the store.
 *
 * @param id its id
 * @param name its canonical name ("Owen Smith")
 * @param type "person", "organization" or "unknown"
 * @param aliases the other names it goes by ("Smith", "the Corbynista group")
 */
public record SpeakerRecord(long id, String name, String type, List<String> aliases) {
  public SpeakerRecord {
    aliases = List.copyOf(aliases);
  }
}
