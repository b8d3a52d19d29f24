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
import java.util.function.Supplier;
import org.quotetrail.store.LinkArticle;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.StoreLostException;

/**
 * Links stored articles across the store, one article at a time: the article's story ({@link
 * StoryLinker}), then its quotations' canonical speakers, variant groups, credits and replies
 * ({@link QuotationLinker}). Linking an article already linked changes nothing, so re-ingesting is
 * harmless. Not for use by several threads at once.
 *
 * <p>The linkers keep what they read and write of the store between articles, which saves most of
 * linking's reads. That is right only while no one else links: each transaction advances the
 * store's link generation, and when it is not one more than this linker's last, another process
 * has linked in between (or a transaction was undone) and all that was kept is forgotten.
 */
public final class ArticleLinker {
  /**
   * The most articles {@link #linkAll} links in one transaction. A commit writes every page its
   * transaction changed, and linking changes the same pages (feature counts, postings, a story's
   * row) at every article: one commit for many articles took a tenth of linking's time off. A group
   * holds the write lock for about a quarter of a second, which another process waits out.
   */
  public static final int GROUP_ARTICLES = 64;

  /** Takes an article that could not be linked, and why. */
  @FunctionalInterface
  public interface Failures {
    void failed(long articleId, RuntimeException cause);
  }

  private final LinkStore links;
  private final StoryLinker stories;
  private final QuotationLinker quotations;
  private final Weighting weighting;
  private final FeatureCounts featureCounts;
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
    this.featureCounts = new FeatureCounts(links);
  }

  /**
   * Links article {@code articleId}, fetched at {@code fetched} (null when unknown), in a
   * transaction of its own unless it is linked already, and returns its story.
   *
   * @throws IllegalArgumentException when the store has no such article
   */
  public long link(long articleId, Instant fetched) {
    return inTransaction(() -> linkOnce(articleId, fetched));
  }

  /**
   * Links {@code articleIds} in their order, {@link #GROUP_ARTICLES} to a transaction; {@code
   * fetched} gives the fetch times known (article id to time). An article that cannot be linked
   * goes to {@code failures}, and the others of its group are linked all the same: the group is
   * undone and its articles linked again, each in a transaction of its own.
   *
   * @throws StoreLostException when the connection to the store is lost (the groups committed
   *     before stay linked)
   */
  public void linkAll(List<Long> articleIds, Map<Long, Instant> fetched, Failures failures) {
    for (int from = 0; from < articleIds.size(); from += GROUP_ARTICLES) {
      List<Long> group = articleIds.subList(from, Math.min(articleIds.size(), from + GROUP_ARTICLES));
      try {
        inTransaction(() -> {
          group.forEach(id -> linkOnce(id, fetched.get(id)));
          return null;
        });
      } catch (StoreLostException e) {
        throw e;
      } catch (RuntimeException e) {
        linkOneByOne(group, fetched, failures);
      }
    }
  }

  private void linkOneByOne(List<Long> articleIds, Map<Long, Instant> fetched, Failures failures) {
    for (long id : articleIds) {
      try {
        link(id, fetched.get(id));
      } catch (StoreLostException e) {
        throw e;
      } catch (RuntimeException e) {
        failures.failed(id, e);
      }
    }
  }

  private <T> T inTransaction(Supplier<T> work) {
    try {
      return links.inTransaction(() -> {
        long current = links.nextGeneration();
        if (current != generation + 1) {
          forget();
        }
        generation = current;
        T result = work.get();
        featureCounts.write();
        return result;
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

  /** Forgets what the linkers keep between articles (stories, speakers, wordings, feature counts) and the article count. */
  private void forget() {
    stories.forget();
    quotations.forget();
    featureCounts.forget();
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
    return weighting.profile(counts, featureCounts.countArticle(counts.keySet()), linkedArticles + 1);
  }

  private static LocalDate seenOn(LocalDate published, Instant fetched) {
    if (published != null) {
      return published;
    }
    return fetched == null ? null : LocalDate.ofInstant(fetched, ZoneOffset.UTC);
  }
}
