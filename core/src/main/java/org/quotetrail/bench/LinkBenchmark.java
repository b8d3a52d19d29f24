package org.quotetrail.bench;

import java.util.ArrayList;
import java.util.List;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.store.GroupCommits;
import org.quotetrail.store.Store;

/**
 * Measures ingest with linking as the store grows: generated articles are extracted, saved and
 * linked as {@code ingest} does ({@link GroupedIngest}), and the mean time per article is taken over each block of
 * articles, so that the curve shows whether the cost stays flat with the number already stored.
 */
public final class LinkBenchmark {
  /**
   * The mean times per article over one block.
   *
   * @param stored how many articles were stored at the end of the block
   * @param ingestMillis mean milliseconds to extract, save and link one article
   * @param linkMillis mean milliseconds of that spent linking
   * @param ingestCpuMillis mean CPU milliseconds of the ingesting thread for one article (NaN when not measured)
   * @param linkCpuMillis mean CPU milliseconds of that thread's linking (NaN when not measured)
   */
  public record Point(int stored, double ingestMillis, double linkMillis, double ingestCpuMillis, double linkCpuMillis) {}

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
    GroupedIngest ingest = new GroupedIngest(store, extractor);
    List<Point> curve = new ArrayList<>();
    for (int first = 0; first < articles; first += block) {
      int end = Math.min(articles, first + block);
      long ingestNanos = 0;
      long linkNanos = 0;
      long ingestCpuNanos = 0;
      long linkCpuNanos = 0;
      for (int from = first; from < end; from += GroupCommits.MAX_UNITS) {
        List<RawArticle> group = new ArrayList<>();
        for (int i = from; i < Math.min(end, from + GroupCommits.MAX_UNITS); i++) {
          group.add(generator.storyArticle(i, perStory));
        }
        GroupedIngest.Timing timing = ingest.ingest(group);
        ingestNanos += timing.ingestNanos();
        linkNanos += timing.linkNanos();
        ingestCpuNanos = timing.ingestCpuNanos() < 0 || ingestCpuNanos < 0 ? -1 : ingestCpuNanos + timing.ingestCpuNanos();
        linkCpuNanos = timing.linkCpuNanos() < 0 || linkCpuNanos < 0 ? -1 : linkCpuNanos + timing.linkCpuNanos();
      }
      int n = end - first;
      curve.add(new Point(end, ingestNanos / 1e6 / n, linkNanos / 1e6 / n, perArticle(ingestCpuNanos, n), perArticle(linkCpuNanos, n)));
    }
    return curve;
  }

  private static double perArticle(long nanos, int articles) {
    return nanos < 0 ? Double.NaN : nanos / 1e6 / articles;
  }
}
