package org.quotetrail.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
  private static final String TEXT = "<p>Caf\u00e9 \u2013 \u201cna\u00efve\u201d</p>";

  @Test
  void honoursAByteOrderMark() {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals(TEXT, HtmlDecoder.decode(bytes, "windows-1252").text());
  }

  @Test
  void honoursTheMetaCharset() {
    String page = "<html><head><meta charset=\"windows-1252\"></head><body>" + TEXT + "</body></html>";
    assertTrue(HtmlDecoder.decode(page.getBytes(Charset.forName("windows-1252")), null).text().contains(TEXT));
    String old = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">" + TEXT;
    assertTrue(HtmlDecoder.decode(old.getBytes(Charset.forName("windows-1252")), null).text().contains(TEXT));
  }

  @Test
  void theServersCharsetWinsOverTheMarkup() {
    String page = "<meta charset=\"utf-8\">" + TEXT;
    byte[] bytes = page.getBytes(Charset.forName("windows-1252"));
    assertTrue(HtmlDecoder.decode(bytes, "windows-1252").text().contains(TEXT));
  }

  @Test
  void validUtf8WinsOverASingleByteLabel() {
    String page = "<meta charset=\"iso-8859-1\">" + TEXT;
    assertTrue(HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null).text().contains(TEXT));
  }

  @Test
  void fallsBackToWindows1252WhenUtf8IsInvalid() {
    byte[] bytes = TEXT.getBytes(Charset.forName("windows-1252"));
    assertEquals(TEXT, HtmlDecoder.decode(bytes, null).text());
  }
}
