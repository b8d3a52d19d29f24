package org.quotetrail.clean.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8 but got decoded as Windows-1252 somewhere upstream ("donâ€™t" for
 * "don’t", "cafÃ©" for "café"). Only character runs that turn back into one valid UTF-8 sequence
 * are replaced, so real Latin-1 text ("SÃO PAULO") stays as it is.
 */
public final class Mojibake {
  // What the bytes 0x80..0x9F become when read as Windows-1252: typographic characters, and for the
  // five bytes Windows-1252 leaves undefined, the C1 controls browsers map them to.
  private static final Map<Character, Byte> HIGH_BYTES = highBytes();
  // A UTF-8 lead byte read as Windows-1252 (Â..ô), then one to three continuation bytes (0x80..0xBF).
  private static final Pattern SEQUENCE = Pattern.compile("[\\u00C2-\\u00F4]" + continuationClass() + "{1,3}");

  private Mojibake() {}

  /** {@code text} with mis-decoded UTF-8 sequences turned back into the characters they were. */
  public static String repair(String text) {
    if (!mayHoldMojibake(text)) {
      return text;
    }
    Matcher m = SEQUENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(redecode(m.group(), utf8)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The run with its leading UTF-8 sequence decoded as what it was, or unchanged when the run does
   * not start with one whole sequence. (The lead character's code is the lead byte: both are Latin-1.)
   */
  private static String redecode(String run, CharsetDecoder utf8) {
    char lead = run.charAt(0);
    int expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    if (run.length() < expected) {
      return run;
    }
    byte[] bytes = new byte[expected];
    bytes[0] = (byte) lead;
    for (int i = 1; i < expected; i++) {
      char c = run.charAt(i);
      bytes[i] = c >= 0xA0 && c <= 0xBF ? (byte) c : HIGH_BYTES.get(c);
    }
    try {
      return utf8.decode(ByteBuffer.wrap(bytes)) + run.substring(expected);
    } catch (CharacterCodingException e) {
      return run;
    }
  }

  private static Map<Character, Byte> highBytes() {
    Charset windows1252 = Charset.forName("windows-1252");
    Map<Character, Byte> map = new HashMap<>();
    for (int b = 0x80; b <= 0x9F; b++) {
      char c = new String(new byte[] {(byte) b}, windows1252).charAt(0);
      map.put(c == '\uFFFD' ? (char) b : c, (byte) b);
    }
    return map;
  }

  private static String continuationClass() {
    StringBuilder cls = new StringBuilder("[\\u00A0-\\u00BF");
    HIGH_BYTES.keySet().forEach(c -> cls.append(String.format("\\u%04X", (int) c)));
    return cls.append(']').toString();
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
