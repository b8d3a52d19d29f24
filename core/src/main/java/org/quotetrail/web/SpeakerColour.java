package org.quotetrail.web;

import java.util.Locale;

/** The colour of a speaker on the pages: a hue picked from the name, the same on every page. */
final class SpeakerColour {
  private SpeakerColour() {}

  /** A hue in degrees (0 to 359) for {@code name}; no name is grey (-1). */
  static int hue(String name) {
    if (name == null || name.isBlank()) {
      return -1;
    }
    // Spread by a golden-ratio step so that similar names still get distinct hues.
    int hash = name.toLowerCase(Locale.ROOT).strip().hashCode();
    return (int) Math.floorMod((long) hash * 137L, 360L);
  }

  /** A CSS custom property that the stylesheet turns into the highlight's colours. */
  static String style(String name) {
    int hue = hue(name);
    return hue < 0 ? "--hue: 0; --sat: 0%" : "--hue: " + hue + "; --sat: 70%";
  }
}
