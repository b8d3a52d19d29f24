package org.quotetrail.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.StoryArticle;
import org.quotetrail.store.StoryRecord;

/**
 * A story's entries in the store's inverted index (its articles' heaviest features) and its summary
 * (title, dates, count, centroid), kept in step with its articles. Finding candidates costs the
 * postings of an article's heaviest features, which are its rarest, not a pass over all stories.
 */
final class StoryIndex {
  private static final Comparator<StoryArticle> EARLIEST =
      Comparator.comparing(StoryArticle::seenOn, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(StoryArticle::articleId);

  private final LinkStore links;
  private final int indexed;

  StoryIndex(LinkStore links, int indexed) {
    this.links = links;
    this.indexed = indexed;
  }

  /** Up to {@code limit} stories sharing the most of the heaviest features of {@code profile}. */
  List<Long> candidates(FeatureVector profile, int limit) {
    return links.storiesSharing(profile.top(indexed), limit);
  }

  /** Indexes an article's {@code profile} under {@code storyId}. */
  void add(long storyId, FeatureVector profile) {
    links.addPostings(storyId, profile.top(indexed));
  }

  /** Rewrites a story's summary and index from its articles; deletes it when it has none. */
  void rebuild(long storyId) {
    List<StoryArticle> articles = new ArrayList<>(links.storyArticles(storyId));
    if (articles.isEmpty()) {
      links.deleteStory(storyId);
      return;
    }
    articles.sort(EARLIEST);
    Map<Long, String> encoded = links.storyProfiles(storyId);
    List<FeatureVector> profiles = encoded.values().stream().map(FeatureVector::decode).toList();
    Set<String> postings = new LinkedHashSet<>();
    profiles.forEach(p -> postings.addAll(p.top(indexed)));
    LocalDate first = articles.get(0).seenOn();
    LocalDate last = articles.stream().map(StoryArticle::seenOn).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
    String title = articles.stream().map(StoryArticle::title).filter(t -> t != null).findFirst().orElse(null);
    links.updateStory(new StoryRecord(storyId, title, first, last, articles.size(),
        FeatureVector.sum(profiles).truncated(StoryLinker.CENTROID_FEATURES).encode()));
    links.replacePostings(storyId, postings);
  }
}
