package org.quotetrail.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.StoryRecord;

/**
 * Puts an article in a story, online: the article joins the most similar story among the
 * candidates the store's index offers (cosine of its profile with the story's centroid at least
 * {@link Options#join}), or starts one. After a join, a story that now holds two far-apart groups
 * of articles is split, and a candidate story now as similar as one story is merged in: both use
 * only articles already seen, never later ones.
 */
public final class StoryLinker {
  /**
   * When articles join, split and merge, tuned on ECB+ train and dev (docs/linking.md).
   *
   * @param join least cosine of an article and a story's centroid for the article to join it
   * @param split a story splits when its two 2-means halves' centroids have a cosine below this
   * @param splitFrom least articles in a story before it may split
   * @param splitPart least articles in each half of a split
   * @param splitUpTo most articles of a story for which a split is considered, and of two stories merged (bounds the cost)
   * @param merge least cosine of two stories' centroids for them to merge
   * @param candidates most candidate stories taken from the index
   * @param indexed how many of an article's heaviest features go into the index and its query
   * @param windowDays a dated article is not compared with a story dated more than this many days before or after
   */
  public record Options(double join, double split, int splitFrom, int splitPart, int splitUpTo, double merge,
      int candidates, int indexed, int windowDays) {
    public static final Options STANDARD = new Options(0.18, 0.4, 4, 2, 100, 0.5, 20, 30, 730);

    public Options {
      if (join <= 0 || join >= 1 || merge <= 0 || merge > 1 || candidates < 1 || indexed < 1 || windowDays < 0) {
        throw new IllegalArgumentException("story options out of range: " + this);
      }
    }
  }

  /**
   * Most features a story's centroid keeps, the heaviest: bounds the cost of comparing with a
   * long-running story, whose centroid would otherwise grow with every article.
   */
  static final int CENTROID_FEATURES = 1500;

  /**
   * How many stories' decoded centroids are kept. Decoding a centroid (up to {@link
   * #CENTROID_FEATURES} lines of text) was half of linking's time, and consecutive articles mostly
   * meet the same candidate stories; 512 centroids take at most some tens of MB.
   */
  private static final int DECODED_CENTROIDS = 512;

  private final LinkStore links;
  private final Options options;
  private final StoryIndex index;
  private final DecodedTexts<FeatureVector> centroids = new DecodedTexts<>(DECODED_CENTROIDS, FeatureVector::decode);

  public StoryLinker(LinkStore links, Options options) {
    this.links = links;
    this.options = options;
    this.index = new StoryIndex(links, options.indexed());
  }

  /** Adds article {@code articleId} with {@code profile} to a story and returns the story's id. */
  public long link(long articleId, String title, LocalDate seenOn, String outlet, FeatureVector profile) {
    List<StoryRecord> candidates = candidates(profile, seenOn);
    Optional<StoryRecord> best = best(profile, candidates);
    if (best.isEmpty()) {
      long story = links.addStory(title, seenOn, profile.encode());
      links.addStoryArticle(articleId, story, seenOn, outlet, profile.encode());
      links.updateStory(new StoryRecord(story, title, seenOn, seenOn, 1, profile.encode()));
      index.add(story, profile);
      return story;
    }
    StoryRecord story = best.get();
    links.addStoryArticle(articleId, story.id(), seenOn, outlet, profile.encode());
    links.updateStory(joined(story, title, seenOn, profile));
    index.add(story.id(), profile);
    mergeSimilar(story.id(), candidates);
    splitIfApart(story.id());
    return links.storyOf(articleId).orElseThrow();
  }

  private List<StoryRecord> candidates(FeatureVector profile, LocalDate seenOn) {
    List<StoryRecord> candidates = new ArrayList<>();
    for (long id : index.candidates(profile, options.candidates())) {
      StoryRecord story = links.story(id);
      if (withinWindow(story, seenOn)) {
        candidates.add(story);
      }
    }
    return candidates;
  }

  private boolean withinWindow(StoryRecord story, LocalDate seenOn) {
    if (seenOn == null || story.firstSeen() == null) {
      return true;
    }
    return !seenOn.isBefore(story.firstSeen().minusDays(options.windowDays()))
        && !seenOn.isAfter(story.lastSeen().plusDays(options.windowDays()));
  }

  private Optional<StoryRecord> best(FeatureVector profile, List<StoryRecord> candidates) {
    StoryRecord best = null;
    double highest = options.join();
    for (StoryRecord story : candidates) {
      double similarity = profile.cosine(centroid(story));
      if (similarity >= highest) {
        highest = similarity;
        best = story;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The decoded centroid of {@code story}, decoded again only when its stored text has changed. */
  private FeatureVector centroid(StoryRecord story) {
    return centroids.get(story.id(), story.centroid());
  }

  private StoryRecord joined(StoryRecord story, String title, LocalDate seenOn, FeatureVector profile) {
    boolean earliest = seenOn != null && (story.firstSeen() == null || seenOn.isBefore(story.firstSeen()));
    String newTitle = story.title() == null || (earliest && title != null) ? title : story.title();
    LocalDate first = earliest ? seenOn : story.firstSeen();
    LocalDate last = seenOn != null && (story.lastSeen() == null || seenOn.isAfter(story.lastSeen())) ? seenOn : story.lastSeen();
    String centroid = centroid(story).plus(profile).truncated(CENTROID_FEATURES).encode();
    return new StoryRecord(story.id(), newTitle, first, last, story.articleCount() + 1, centroid);
  }

  private void mergeSimilar(long storyId, List<StoryRecord> candidates) {
    StoryRecord story = links.story(storyId);
    FeatureVector centroid = centroid(story);
    List<Long> merged = new ArrayList<>();
    int size = story.articleCount();
    for (StoryRecord other : candidates) {
      // Only stories still small enough to split again merge: a long-running story's centroid grows
      // general, and would otherwise swallow its neighbours.
      boolean small = size + other.articleCount() <= options.splitUpTo();
      if (other.id() != storyId && small && centroid.cosine(centroid(other)) >= options.merge()) {
        size += other.articleCount();
        links.moveArticles(links.storyProfiles(other.id()).keySet(), storyId);
        links.deleteStory(other.id());
        merged.add(other.id());
      }
    }
    if (!merged.isEmpty()) {
      index.rebuild(storyId);
    }
  }

  private void splitIfApart(long storyId) {
    int size = links.story(storyId).articleCount();
    if (size < options.splitFrom() || size > options.splitUpTo()) {
      return;
    }
    Map<Long, String> encoded = links.storyProfiles(storyId);
    Map<Long, FeatureVector> profiles = new HashMap<>();
    encoded.forEach((id, text) -> profiles.put(id, FeatureVector.decode(text)));
    StoryBisector.bisect(profiles)
        .filter(s -> s.similarity() < options.split() && Math.min(s.keep().size(), s.leave().size()) >= options.splitPart())
        .ifPresent(s -> {
          long fresh = links.addStory(null, null, "");
          links.moveArticles(s.leave(), fresh);
          index.rebuild(storyId);
          index.rebuild(fresh);
        });
  }
}
