package org.quotetrail.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotetrail.ingest.TextDecoder;

/**
 * Decodes the bytes of an HTML page the way browsers settle its charset: a byte-order mark first,
 * then the server's header, then a {@code <meta>} or XML declaration near the top, else UTF-8 with
 * the Windows-1252 fallback of {@link TextDecoder}.
 */
public final class HtmlDecoder {
  // Browsers look for the meta charset in the first 1024 bytes; pages in the wild put it later.
  private static final int SNIFF_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("(?i)<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-z0-9_.\\-]+)");

  private HtmlDecoder() {}

  /**
   * Decodes {@code bytes}; {@code httpCharset} is the charset of the server's Content-Type header,
   * or null.
   */
  public static TextDecoder.Result decode(byte[] bytes, String httpCharset) {
    String declared = httpCharset != null && TextDecoder.charsetNamed(httpCharset).isPresent()
        ? httpCharset
        : declaredInMarkup(bytes).orElse(null);
    return TextDecoder.decode(bytes, preferUtf8(bytes, declared));
  }

  /** The charset a {@code <meta>} tag or XML declaration names near the top of the page. */
  static Optional<String> declaredInMarkup(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    if (meta.find()) {
      return Optional.of(meta.group(1));
    }
    Matcher xml = XML_ENCODING.matcher(head);
    return xml.find() ? Optional.of(xml.group(1)) : Optional.empty();
  }

  /**
   * Pages labelled with a single-byte charset but written in UTF-8 are common (templates copied
   * between sites); valid multi-byte UTF-8 almost never arises by chance, so it wins over the label.
   */
  private static String preferUtf8(byte[] bytes, String declared) {
    Optional<Charset> charset = TextDecoder.charsetNamed(declared);
    if (charset.isEmpty() || charset.get() == StandardCharsets.UTF_8 || !isSingleByte(charset.get())) {
      return declared;
    }
    return hasMultiByteUtf8(bytes) ? "utf-8" : declared;
  }

  private static boolean isSingleByte(Charset charset) {
    return charset.newEncoder().maxBytesPerChar() <= 1.0f;
  }

  private static boolean hasMultiByteUtf8(byte[] bytes) {
    boolean nonAscii = false;
    for (byte b : bytes) {
      if (b < 0) {
        nonAscii = true;
        break;
      }
    }
    if (!nonAscii) {
      return false;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
