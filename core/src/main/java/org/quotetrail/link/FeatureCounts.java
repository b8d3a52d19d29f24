package org.quotetrail.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotetrail.store.LinkStore;

/**
 * In how many linked articles each feature occurs ({@link LinkStore#featureCounts}), counted as
 * articles are linked. The counts read are kept between articles, and what the articles of a
 * transaction add is written once, at its end ({@link #write}): counting in the store at every
 * article rewrote some 400 rows an article, a tenth of linking's time. Kept counts are right only
 * while no one else links; the linker forgets them when someone has ({@link ArticleLinker}).
 */
final class FeatureCounts {
  /** How many features' counts are kept: a few megabytes, past the vocabulary of a month of news. */
  static final int KEPT = 100_000;

  private final LinkStore links;
  private final Map<String, Integer> known;
  /** What this transaction's articles added, not written yet. */
  private final Map<String, Integer> added = new HashMap<>();

  FeatureCounts(LinkStore links) {
    this(links, KEPT);
  }

  /** Counts that keep {@code kept} features' counts. */
  FeatureCounts(LinkStore links, int kept) {
    this.links = links;
    this.known = new RecentlyUsed<>(kept);
  }

  /**
   * Counts one more article for each of {@code features} (distinct) and returns, for each, in how
   * many linked articles it now occurs, that one included.
   */
  Map<String, Integer> countArticle(Collection<String> features) {
    Map<String, Integer> counted = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (String feature : features) {
      Integer count = known.get(feature);
      if (count == null) {
        unknown.add(feature);
      } else {
        counted.put(feature, count + 1);
      }
    }
    if (!unknown.isEmpty()) {
      Map<String, Integer> stored = links.featureCounts(unknown);
      // A count forgotten in this transaction has additions the store does not hold yet.
      unknown.forEach(f -> counted.put(f, stored.getOrDefault(f, 0) + added.getOrDefault(f, 0) + 1));
    }
    counted.forEach((feature, count) -> {
      known.put(feature, count);
      added.merge(feature, 1, Integer::sum);
    });
    return counted;
  }

  /** Writes what has been counted since the last write; call before the transaction ends. */
  void write() {
    if (!added.isEmpty()) {
      links.addFeatureCounts(added);
      added.clear();
    }
  }

  /** Forgets the counts kept, and any not written (their transaction was undone). */
  void forget() {
    known.clear();
    added.clear();
  }
}
