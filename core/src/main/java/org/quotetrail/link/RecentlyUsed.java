package org.quotetrail.link;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps its {@code capacity} most recently used entries: for what the linker keeps
 * between articles, which must stay bounded however large the store grows.
 */
final class RecentlyUsed<K, V> extends LinkedHashMap<K, V> {
  private final int capacity;

  RecentlyUsed(int capacity) {
    super(Math.min(capacity, 1024), 0.75f, true);
    this.capacity = capacity;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return size() > capacity;
  }
}
