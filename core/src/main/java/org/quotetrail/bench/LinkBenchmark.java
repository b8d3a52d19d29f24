package org.quotetrail.bench;

import java.util.ArrayList;
import java.util.List;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.link.ArticleLinker;
import org.quotetrail.store.GroupCommits;
import org.quotetrail.store.SaveResult;
import org.quotetrail.store.Store;

/**
 * Measures ingest with linking as the store grows: each generated article is extracted, saved and
 * linked in turn, many to a commit as {@code ingest} does (the link time includes the commits), and the mean time per article is taken over each block of
 * articles, so that the curve shows whether the cost stays flat with the number already stored.
 */
public final class LinkBenchmark {
  /**
   * The mean times per article over one block.
   *
   * @param stored how many articles were stored at the end of the block
   * @param ingestMillis mean milliseconds to extract, save and link one article
   * @param linkMillis mean milliseconds of that spent linking
   */
  public record Point(int stored, double ingestMillis, double linkMillis) {}

  private final Extractor extractor;
  private final CorpusGenerator generator;
  private final int perStory;

  public LinkBenchmark(Extractor extractor, CorpusGenerator generator, int perStory) {
    this.extractor = extractor;
    this.generator = generator;
    this.perStory = perStory;
  }

  /** Ingests {@code articles} generated articles into {@code store}, which should be empty, one point per {@code block}. */
  public List<Point> run(Store store, int articles, int block) {
    ArticleLinker linker = new ArticleLinker(store.links());
    List<Point> curve = new ArrayList<>();
    long ingestNanos = 0;
    long linkNanos = 0;
    try (GroupCommits commits = new GroupCommits(store)) {
      for (int i = 0; i < articles; i++) {
        RawArticle raw = generator.storyArticle(i, perStory);
        long start = System.nanoTime();
        SaveResult saved = store.save(extractor.extract(raw));
        long linkStart = System.nanoTime();
        linker.link(saved.articleId(), raw.fetched());
        commits.unitDone();
        long end = System.nanoTime();
        ingestNanos += end - start;
        linkNanos += end - linkStart;
        if ((i + 1) % block == 0 || i + 1 == articles) {
          int n = (i % block) + 1;
          curve.add(new Point(i + 1, ingestNanos / 1e6 / n, linkNanos / 1e6 / n));
          ingestNanos = 0;
          linkNanos = 0;
        }
      }
    }
    return curve;
  }
}
