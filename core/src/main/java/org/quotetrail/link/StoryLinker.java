package org.quotetrail.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
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
   * How many stories' summaries, decoded centroids and decoded article profiles are kept. Reading
   * and decoding a centroid (up to {@link #CENTROID_FEATURES} lines of text) was half of linking's
   * time, and consecutive articles mostly meet the same candidate stories; 512 stories take at most
   * some tens of MB.
   */
  private static final int KEPT_STORIES = 512;

  private final LinkStore links;
  private final Options options;
  private final StoryIndex index;
  /** The summaries of stories read or written, as the store has them. */
  private final Map<Long, StoryRecord> summaries = new RecentlyUsed<>(KEPT_STORIES);
  private final DecodedTexts<FeatureVector> centroids = new DecodedTexts<>(KEPT_STORIES, FeatureVector::decode);
  /** The decoded profiles of stories' articles, by article id, for stories read or written whole. */
  private final Map<Long, SortedMap<Long, FeatureVector>> profiles = new RecentlyUsed<>(KEPT_STORIES);

  public StoryLinker(LinkStore links, Options options) {
    this.links = links;
    this.options = options;
    this.index = new StoryIndex(links, options.indexed());
  }

  /** Adds article {@code articleId} with {@code profile} to a story and returns the story's id. */
  public long link(long articleId, String title, LocalDate seenOn, String outlet, FeatureVector profile) {
    List<StoryRecord> candidates = candidates(profile, seenOn);
    Optional<StoryRecord> best = best(profile, candidates);
    String encoded = profile.encode();
    if (best.isEmpty()) {
      long story = links.addStory(title, seenOn, encoded);
      addArticle(articleId, story, seenOn, outlet, encoded);
      update(new StoryRecord(story, title, seenOn, seenOn, 1, encoded));
      index.add(story, profile);
      return story;
    }
    StoryRecord story = best.get();
    addArticle(articleId, story.id(), seenOn, outlet, encoded);
    update(joined(story, title, seenOn, profile));
    index.add(story.id(), profile);
    mergeSimilar(story.id(), candidates);
    splitIfApart(story.id());
    return links.storyOf(articleId).orElseThrow();
  }

  /** Forgets the stories and postings kept: another process may have changed them. */
  void forget() {
    summaries.clear();
    profiles.clear();
    index.forget();
  }

  private StoryRecord summary(long storyId) {
    return summaries.computeIfAbsent(storyId, links::story);
  }

  private void update(StoryRecord story) {
    links.updateStory(story);
    summaries.put(story.id(), story);
  }

  private void addArticle(long articleId, long storyId, LocalDate seenOn, String outlet, String encodedProfile) {
    links.addStoryArticle(articleId, storyId, seenOn, outlet, encodedProfile);
    SortedMap<Long, FeatureVector> kept = profiles.get(storyId);
    if (kept == null) {
      return;
    }
    if (kept.size() >= options.splitUpTo()) {
      // A story this large is neither split nor merged again: its profiles are not needed, and
      // would otherwise grow with it.
      profiles.remove(storyId);
    } else {
      // As the store would give it back: weights rounded as stored.
      kept.put(articleId, FeatureVector.decode(encodedProfile));
    }
  }

  /** The decoded profiles of a story's articles, by article id. */
  private SortedMap<Long, FeatureVector> profiles(long storyId) {
    return profiles.computeIfAbsent(storyId, id -> {
      SortedMap<Long, FeatureVector> decoded = new TreeMap<>();
      links.storyProfiles(id).forEach((article, text) -> decoded.put(article, FeatureVector.decode(text)));
      return decoded;
    });
  }

  /** Moves articles from one story to another, dropping what was kept of both until they are read or rebuilt. */
  private void move(Collection<Long> articleIds, long fromStoryId, long storyId) {
    links.moveArticles(articleIds, storyId);
    profiles.remove(fromStoryId);
    profiles.remove(storyId);
    summaries.remove(fromStoryId);
    summaries.remove(storyId);
  }

  private void rebuild(long storyId) {
    index.rebuild(storyId).ifPresentOrElse(story -> summaries.put(storyId, story), () -> summaries.remove(storyId));
  }

  private List<StoryRecord> candidates(FeatureVector profile, LocalDate seenOn) {
    List<StoryRecord> candidates = new ArrayList<>();
    for (long id : index.candidates(profile, options.candidates())) {
      StoryRecord story = summary(id);
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
    FeatureVector.Stored centroid = centroid(story).plus(profile).stored(CENTROID_FEATURES);
    centroids.put(story.id(), centroid.text(), centroid.vector());
    return new StoryRecord(story.id(), newTitle, first, last, story.articleCount() + 1, centroid.text());
  }

  private void mergeSimilar(long storyId, List<StoryRecord> candidates) {
    StoryRecord story = summary(storyId);
    FeatureVector centroid = centroid(story);
    boolean merged = false;
    int size = story.articleCount();
    for (StoryRecord other : candidates) {
      // Only stories still small enough to split again merge: a long-running story's centroid grows
      // general, and would otherwise swallow its neighbours.
      boolean small = size + other.articleCount() <= options.splitUpTo();
      if (other.id() != storyId && small && centroid.cosine(centroid(other)) >= options.merge()) {
        size += other.articleCount();
        move(List.copyOf(profiles(other.id()).keySet()), other.id(), storyId);
        index.delete(other.id());
        merged = true;
      }
    }
    if (merged) {
      rebuild(storyId);
    }
  }

  private void splitIfApart(long storyId) {
    int size = summary(storyId).articleCount();
    if (size < options.splitFrom() || size > options.splitUpTo()) {
      return;
    }
    // A hash map grown one article at a time, in article order: the 2-means seeds depend on its order.
    Map<Long, FeatureVector> articles = new HashMap<>();
    profiles(storyId).forEach(articles::put);
    StoryBisector.bisect(articles)
        .filter(s -> s.similarity() < options.split() && Math.min(s.keep().size(), s.leave().size()) >= options.splitPart())
        .ifPresent(s -> {
          long fresh = links.addStory(null, null, "");
          move(s.leave(), storyId, fresh);
          rebuild(storyId);
          rebuild(fresh);
        });
  }
}
