package org.quotetrail.link;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotetrail.store.LinkArticle;
import org.quotetrail.store.LinkStore;

/**
 * Links stored articles across the store, one article at a time and each in its own transaction:
 * the article's story ({@link StoryLinker}), then its quotations' canonical speakers, variant
 * groups, credits and replies ({@link QuotationLinker}). Linking an article already linked changes
 * nothing, so re-ingesting is harmless. Not for use by several threads at once.
 *
 * <p>The linkers keep what they read and write of the store between articles, which saves most of
 * linking's reads. That is right only while no one else links: each transaction advances the
 * store's link generation, and when it is not one more than this linker's last, another process
 * has linked in between (or a transaction was undone) and all that was kept is forgotten.
 */
public final class ArticleLinker {
  private final LinkStore links;
  private final StoryLinker stories;
  private final QuotationLinker quotations;
  private final Weighting weighting;
  private long linkedArticles = -1;
  /** No generation: what follows any transaction cannot be one more than this. */
  private static final long NONE = -2;
  /** The link generation of this linker's last transaction ({@link LinkStore#nextGeneration}). */
  private long generation = NONE;

  /** A linker with the standard options. */
  public ArticleLinker(LinkStore links) {
    this(links, StoryLinker.Options.STANDARD, Weighting.Options.STANDARD);
  }

  public ArticleLinker(LinkStore links, StoryLinker.Options storyOptions, Weighting.Options weights) {
    this.links = links;
    this.stories = new StoryLinker(links, storyOptions);
    this.quotations = new QuotationLinker(links);
    this.weighting = new Weighting(weights);
  }

  /**
   * Links article {@code articleId}, fetched at {@code fetched} (null when unknown), unless it is
   * linked already, and returns its story.
   *
   * @throws IllegalArgumentException when the store has no such article
   */
  public long link(long articleId, Instant fetched) {
    try {
      return links.inTransaction(() -> {
        long current = links.nextGeneration();
        if (current != generation + 1) {
          forget();
        }
        generation = current;
        return linkOnce(articleId, fetched);
      });
    } catch (RuntimeException e) {
      // The transaction was undone, and what is kept in memory may hold what it wrote.
      forget();
      generation = NONE;
      throw e;
    }
  }

  private long linkOnce(long articleId, Instant fetched) {
    Optional<Long> linked = links.storyOf(articleId);
    if (linked.isPresent()) {
      return linked.get();
    }
    LinkArticle article = links.article(articleId)
        .orElseThrow(() -> new IllegalArgumentException("no article " + articleId + " in the store"));
    LocalDate seenOn = seenOn(article.published(), fetched);
    String outlet = article.outlet() != null ? article.outlet() : CreditFinder.ownOutlet(article.body()).orElse(null);
    long story = stories.link(articleId, article.title(), seenOn, outlet, profile(article));
    linkedArticles++;
    quotations.link(article, story, outlet);
    return story;
  }

  /** Forgets what the linkers keep between articles (stories, speakers, wordings) and the article count. */
  private void forget() {
    stories.forget();
    quotations.forget();
    linkedArticles = -1;
  }

  /**
   * The stored articles not linked yet, in the order to link them: publication date, else the
   * fetch date {@code fetched} gives (article id to fetch time), else the order they were stored in.
   */
  public List<Long> unlinked(Map<Long, Instant> fetched) {
    Map<Long, LocalDate> unlinked = links.unlinkedArticles();
    Map<Long, LocalDate> seen = new HashMap<>();
    unlinked.forEach((id, published) -> seen.put(id, seenOn(published, fetched.get(id))));
    List<Long> order = new ArrayList<>(unlinked.keySet());
    order.sort(Comparator.comparing((Long id) -> seen.get(id), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Comparator.naturalOrder()));
    return order;
  }

  private FeatureVector profile(LinkArticle article) {
    String title = article.title();
    String text = title == null || article.body().startsWith(title) ? article.body() : title + "\n" + article.body();
    Map<String, Integer> counts = TextFeatures.count(text);
    if (linkedArticles < 0) {
      linkedArticles = links.linkedArticleCount();
    }
    return weighting.profile(counts, links.countFeatures(counts.keySet()), linkedArticles + 1);
  }

  private static LocalDate seenOn(LocalDate published, Instant fetched) {
    if (published != null) {
      return published;
    }
    return fetched == null ? null : LocalDate.ofInstant(fetched, ZoneOffset.UTC);
  }
}
