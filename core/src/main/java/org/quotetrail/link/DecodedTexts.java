package org.quotetrail.link;

import java.util.Map;
import java.util.function.Function;

/**
 * What stored texts decode to, kept for the most recently used ids: a text is decoded again only
 * when its id now holds another text, so a kept value is never stale. Not for use by several
 * threads at once.
 */
final class DecodedTexts<V> {
  private record Decoded<V>(String text, V value) {}

  private final Function<String, V> decode;
  private final Map<Long, Decoded<V>> kept;

  /** Keeps up to {@code capacity} values that {@code decode} makes of texts. */
  DecodedTexts(int capacity, Function<String, V> decode) {
    this.decode = decode;
    this.kept = new RecentlyUsed<>(capacity);
  }

  /** Keeps {@code value} as what {@code text}, stored under {@code id}, decodes to. */
  void put(long id, String text, V value) {
    kept.put(id, new Decoded<>(text, value));
  }

  /** What {@code text}, stored under {@code id}, decodes to. */
  V get(long id, String text) {
    Decoded<V> known = kept.get(id);
    if (known != null && known.text().equals(text)) {
      return known.value();
    }
    V value = decode.apply(text);
    kept.put(id, new Decoded<>(text, value));
    return value;
  }
}
