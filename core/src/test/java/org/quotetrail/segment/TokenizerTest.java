package org.quotetrail.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void keepsInnerJoinersAndSplitsPunctuation() {
    List<String> tokens = Tokenizer.tokenize("\u201cIt\u2019s a re-branding,\u201d Politics.co.uk said.").stream().map(Token::text).toList();
    assertEquals(List.of("\u201c", "It\u2019s", "a", "re-branding", ",", "\u201d", "Politics.co.uk", "said", "."), tokens);
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  Owen  Smith";
    for (Token t : Tokenizer.tokenize(text)) {
      assertEquals(t.text(), text.substring(t.begin(), t.end()));
    }
  }
}
