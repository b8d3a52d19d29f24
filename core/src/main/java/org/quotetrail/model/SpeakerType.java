package org.quotetrail.model;

/** What kind of entity a speaker is. */
public enum SpeakerType {
  PERSON,
  ORGANIZATION,
  UNKNOWN;

  /** The lower-case name used in JSON and the store. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
