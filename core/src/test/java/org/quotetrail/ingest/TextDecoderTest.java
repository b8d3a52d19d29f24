package org.quotetrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void decodesUtf8() {
    assertEquals("“Yes,” she said", TextDecoder.decode("“Yes,” she said".getBytes(StandardCharsets.UTF_8), null).text());
  }

  @Test
  void honoursByteOrderMarks() {
    byte[] utf16 = "\uFEFFHello there".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Hello there", TextDecoder.decode(utf16, null).text());
    byte[] utf8 = "\uFEFFHello".getBytes(StandardCharsets.UTF_8);
    assertEquals("Hello", TextDecoder.decode(utf8, null).text());
  }

  @Test
  void fallsBackToWindows1252ForInvalidUtf8() {
    byte[] cp1252 = "\u201cCaf\u00e9\u201d".getBytes(Charset.forName("windows-1252"));
    assertEquals("\u201cCaf\u00e9\u201d", TextDecoder.decode(cp1252, null).text());
  }

  @Test
  void refusesBinaryAndEmptyInput() {
    TextDecoder.Result binary = TextDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}, null);
    assertFalse(binary.ok());
    assertEquals("binary content, not text", binary.problem());
    assertEquals("empty file", TextDecoder.decode(new byte[0], null).problem());
    assertTrue(TextDecoder.decode("   \n ".getBytes(StandardCharsets.UTF_8), null).problem().startsWith("no text"));
  }

  @Test
  void readsDeclaredCharsetsAndIgnoresUnknownOnes() {
    assertEquals(Charset.forName("windows-1252"), TextDecoder.charsetNamed("ISO-8859-1").orElseThrow());
    assertTrue(TextDecoder.charsetNamed("no-such-charset").isEmpty());
  }
}
