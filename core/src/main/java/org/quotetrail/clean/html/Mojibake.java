package org.quotetrail.clean.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8 but got decoded as Windows-1252 somewhere upstream ("donâ€™t" for
 * "don’t", "cafÃ©" for "café"). Only character runs that re-encode to one valid UTF-8 sequence are
 * replaced, so real Latin-1 text ("Ã" in a Portuguese word followed by a letter) stays as it is.
 */
public final class Mojibake {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  // A UTF-8 lead byte read as Windows-1252 (Â..ô), then one to three continuation bytes (0x80..0xBF)
  // read as Windows-1252: Latin-1 0xA0..0xBF or the typographic characters 0x80..0x9F map to.
  private static final String CONTINUATION =
      "[\\u00A0-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
          + "\\u2013\\u2014\\u2018\\u2019\\u201A\\u201C\\u201D\\u201E\\u2020\\u2021\\u2022\\u2026"
          + "\\u2030\\u2039\\u203A\\u20AC\\u2122]";
  private static final Pattern SEQUENCE = Pattern.compile("[\\u00C2-\\u00F4]" + CONTINUATION + "{1,3}");

  private Mojibake() {}

  /** {@code text} with mis-decoded UTF-8 sequences turned back into the characters they were. */
  public static String repair(String text) {
    if (!mayHoldMojibake(text)) {
      return text;
    }
    Matcher m = SEQUENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    CharsetEncoder encoder = WINDOWS_1252.newEncoder();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(redecode(m.group(), encoder, decoder)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The run with its leading UTF-8 sequence decoded as what it was, or unchanged when the run does
   * not start with one whole sequence. (The lead character's code is the lead byte: both are Latin-1.)
   */
  private static String redecode(String run, CharsetEncoder encoder, CharsetDecoder decoder) {
    int expected = expectedLength(run.charAt(0));
    if (run.length() < expected) {
      return run;
    }
    try {
      ByteBuffer bytes = encoder.encode(CharBuffer.wrap(run, 0, expected));
      return decoder.decode(bytes) + run.substring(expected);
    } catch (CharacterCodingException e) {
      return run;
    }
  }

  private static int expectedLength(int lead) {
    if (lead >= 0xF0) {
      return 4;
    }
    return lead >= 0xE0 ? 3 : 2;
  }

  // A cheap test first: nearly all pages have none of the lead characters.
  private static boolean mayHoldMojibake(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4') {
        return true;
      }
    }
    return false;
  }
}
