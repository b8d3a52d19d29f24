package org.quotetrail.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The identity of an article's text: the SHA-256, in hex, of its body in Unicode NFC with every run
 * of white space made one space and the ends trimmed. Two copies of an article that differ only in
 * line breaks, indentation or composed/decomposed accents have the same hash.
 */
final class ContentHash {
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private ContentHash() {}

  /** The hash of {@code body}: 64 lower-case hex digits. */
  static String of(String body) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(normalise(body).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** {@code body} as it is hashed: NFC, white space collapsed, trimmed. */
  static String normalise(String body) {
    String nfc = Normalizer.normalize(body, Normalizer.Form.NFC);
    return WHITE_SPACE.matcher(nfc).replaceAll(" ").strip();
  }
}
