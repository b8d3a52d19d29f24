package org.quotetrail.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.StoryArticle;
import org.quotetrail.store.StoryRecord;

/**
 * A story's entries in the store's inverted index (its articles' heaviest features) and its summary
 * (title, dates, count, centroid), kept in step with its articles. Finding candidates costs the
 * postings of an article's heaviest features, which are its rarest, not a pass over all stories.
 * The postings lists read are kept, and kept up to date with what this index writes, until {@link
 * #forget}: consecutive articles mostly share their rarer features' lists.
 */
final class StoryIndex {
  /** The most stories, latest first, read from the index for one feature, so the cost stays flat as stories grow. */
  static final int POSTINGS_PER_FEATURE = 50;

  /** How many features' postings lists are kept: each holds up to {@link #POSTINGS_PER_FEATURE} ids. */
  private static final int KEPT_LISTS = 65_536;

  private static final Comparator<StoryArticle> EARLIEST =
      Comparator.comparing(StoryArticle::seenOn, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(StoryArticle::articleId);

  private final LinkStore links;
  private final int indexed;
  /** Each feature's latest stories as the store lists them: ids, highest first. */
  private final Map<String, List<Long>> postings = new RecentlyUsed<>(KEPT_LISTS);

  StoryIndex(LinkStore links, int indexed) {
    this.links = links;
    this.indexed = indexed;
  }

  /**
   * Up to {@code limit} stories sharing the most of the heaviest features of {@code profile}, most
   * first, then latest first, looking at each feature's latest stories only.
   */
  List<Long> candidates(FeatureVector profile, int limit) {
    Map<Long, Integer> shared = new HashMap<>();
    for (String feature : profile.top(indexed)) {
      for (long story : latestWith(feature)) {
        shared.merge(story, 1, Integer::sum);
      }
    }
    return shared.entrySet().stream()
        .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Indexes an article's {@code profile} under {@code storyId}. */
  void add(long storyId, FeatureVector profile) {
    addPostings(storyId, profile.top(indexed));
  }

  /**
   * Rewrites a story's summary and index from its articles, and returns its summary; deletes it, and
   * returns empty, when it has none.
   */
  Optional<StoryRecord> rebuild(long storyId) {
    List<StoryArticle> articles = new ArrayList<>(links.storyArticles(storyId));
    removeFromKeptLists(storyId);
    if (articles.isEmpty()) {
      links.deleteStory(storyId);
      return Optional.empty();
    }
    articles.sort(EARLIEST);
    Map<Long, String> encoded = links.storyProfiles(storyId);
    List<FeatureVector> profiles = encoded.values().stream().map(FeatureVector::decode).toList();
    Set<String> features = new LinkedHashSet<>();
    profiles.forEach(p -> features.addAll(p.top(indexed)));
    LocalDate first = articles.get(0).seenOn();
    LocalDate last = articles.stream().map(StoryArticle::seenOn).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
    String title = articles.stream().map(StoryArticle::title).filter(t -> t != null).findFirst().orElse(null);
    StoryRecord story = new StoryRecord(storyId, title, first, last, articles.size(),
        FeatureVector.sum(profiles).truncated(StoryLinker.CENTROID_FEATURES).encode());
    links.updateStory(story);
    links.replacePostings(storyId, features);
    addToKeptLists(storyId, features);
    return Optional.of(story);
  }

  /** Deletes a story, its postings with it. */
  void delete(long storyId) {
    removeFromKeptLists(storyId);
    links.deleteStory(storyId);
  }

  /** Forgets the postings lists kept: another process may have changed them. */
  void forget() {
    postings.clear();
  }

  private List<Long> latestWith(String feature) {
    return postings.computeIfAbsent(feature, f -> new ArrayList<>(links.latestStoriesWith(f, POSTINGS_PER_FEATURE)));
  }

  private void addPostings(long storyId, Collection<String> features) {
    // A kept list that holds the story mirrors a row the store has already.
    links.addPostings(storyId, features.stream().filter(f -> !keptListHolds(f, storyId)).toList());
    addToKeptLists(storyId, features);
  }

  private boolean keptListHolds(String feature, long storyId) {
    List<Long> stories = postings.get(feature);
    return stories != null && stories.contains(storyId);
  }

  /** Puts {@code storyId} where the store's highest-first list would have it, keeping the list's length bound. */
  private void addToKeptLists(long storyId, Collection<String> features) {
    for (String feature : features) {
      List<Long> stories = postings.get(feature);
      if (stories == null || stories.contains(storyId)) {
        continue;
      }
      int at = 0;
      while (at < stories.size() && stories.get(at) > storyId) {
        at++;
      }
      stories.add(at, storyId);
      if (stories.size() > POSTINGS_PER_FEATURE) {
        stories.remove(POSTINGS_PER_FEATURE);
      }
    }
  }

  /**
   * Takes {@code storyId} out of the kept lists, before its postings change. A full list that held
   * it is dropped instead: the store's list now has a story beyond the kept ones. Only the lists of
   * the story's own features can hold it, so only those are looked at, not every list kept.
   */
  private void removeFromKeptLists(long storyId) {
    for (String feature : links.storyFeatures(storyId)) {
      List<Long> stories = postings.get(feature);
      if (stories != null && stories.contains(storyId)) {
        if (stories.size() == POSTINGS_PER_FEATURE) {
          postings.remove(feature);
        } else {
          stories.remove(Long.valueOf(storyId));
        }
      }
    }
  }
}
