package org.quotetrail.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a text or markup file: honours a byte-order mark or a declared charset,
 * tries strict UTF-8, and falls back to Windows-1252 (the usual mis-labelled Western encoding).
 * Binary content is refused rather than decoded into garbage.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** The outcome of decoding: text, or why there is none. */
  public record Result(String text, String problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  /**
   * Decodes {@code bytes}; {@code declared} is a charset named by the input (HTTP header, meta
   * tag), or null.
   */
  public static Result decode(byte[] bytes, String declared) {
    if (bytes.length == 0) {
      return new Result(null, "empty file");
    }
    Optional<Charset> bom = bomCharset(bytes);
    if (bom.isPresent()) {
      int skip = bom.get() == StandardCharsets.UTF_8 ? 3 : 2;
      return checked(new String(bytes, skip, bytes.length - skip, bom.get()));
    }
    if (looksBinary(bytes)) {
      return new Result(null, "binary content, not text");
    }
    Charset charset = charsetNamed(declared).orElse(StandardCharsets.UTF_8);
    try {
      return checked(strict(charset).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      // Mis-labelled pages are common: a page that is not valid in its declared charset is most
      // often Windows-1252, which maps every byte.
      return checked(new String(bytes, charset == WINDOWS_1252 ? StandardCharsets.ISO_8859_1 : WINDOWS_1252));
    }
  }

  private static Result checked(String text) {
    if (text.isBlank()) {
      return new Result(null, "no text (only white space)");
    }
    return new Result(text.replace("\u0000", ""), null);
  }

  private static java.nio.charset.CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  static Optional<Charset> bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /** A charset by name, if the name is one Java knows; tolerant of junk from web pages. */
  public static Optional<Charset> charsetNamed(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    try {
      String trimmed = name.trim().replace("\"", "").replace("'", "");
      // Browsers treat these labels as Windows-1252, and so do we.
      if (trimmed.equalsIgnoreCase("iso-8859-1") || trimmed.equalsIgnoreCase("latin1")
          || trimmed.equalsIgnoreCase("us-ascii") || trimmed.equalsIgnoreCase("ascii")) {
        return Optional.of(WINDOWS_1252);
      }
      return Optional.of(Charset.forName(trimmed));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * True when the first few kilobytes hold NUL bytes or many control characters: images, archives
   * and executables, not text. UTF-16 without a BOM is caught here too, and refused.
   */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = bytes[i] & 0xff;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control * 20 > n;
  }
}
