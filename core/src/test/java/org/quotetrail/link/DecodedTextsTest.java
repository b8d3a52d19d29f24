package org.quotetrail.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodedTextsTest {
  private final List<String> decodedTexts = new ArrayList<>();
  private final DecodedTexts<Integer> lengths = new DecodedTexts<>(2, text -> {
    decodedTexts.add(text);
    return text.length();
  });

  @Test
  void decodesATextOnceWhileItsIdHoldsIt() {
    assertEquals(3, lengths.get(1, "abc"));
    assertEquals(3, lengths.get(1, "abc"));
    assertEquals(List.of("abc"), decodedTexts);
  }

  @Test
  void decodesAgainWhenTheIdHoldsAnotherText() {
    lengths.get(1, "abc");
    assertEquals(5, lengths.get(1, "abcde"));
    assertEquals(List.of("abc", "abcde"), decodedTexts);
  }

  @Test
  void aValuePutForATextIsNotDecodedAgain() {
    lengths.put(1, "abc", 3);
    assertEquals(3, lengths.get(1, "abc"));
    assertEquals(4, lengths.get(1, "abcd"));
    assertEquals(List.of("abcd"), decodedTexts);
  }

  @Test
  void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
    lengths.get(1, "a");
    lengths.get(2, "bb");
    lengths.get(1, "a");
    lengths.get(3, "ccc"); // 2 is the least recently used: forgotten
    lengths.get(1, "a");
    lengths.get(2, "bb");
    assertEquals(List.of("a", "bb", "ccc", "bb"), decodedTexts);
  }
}
