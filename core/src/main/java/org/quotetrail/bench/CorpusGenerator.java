package org.quotetrail.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quotetrail.ingest.RawArticle;

/**
 * Generates invented plain-text news articles of about 4 KB for benchmarks and tests: varied
 * outlets, people, organisations and ways of quoting, with page furniture left in.
 *
 * <p>Deterministic: the same seed gives the same articles, and article {@code i} does not depend on
 * how many others are generated, so a corpus can be generated in parts or streamed.
 */
public final class CorpusGenerator {
  /** Fewest characters of body text an article gets; each adds up to {@link #BODY_SPREAD} more. */
  static final int BODY_MIN_CHARS = 3300;

  static final int BODY_SPREAD = 900;

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** Article number {@code index} (from 0) of this seed's corpus. */
  public RawArticle article(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("article index must be >= 0: " + index);
    }
    // Mixing the index into the seed keeps articles independent of one another.
    Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
    String text = new ArticleComposer(random).compose(BODY_MIN_CHARS + random.nextInt(BODY_SPREAD));
    return RawArticle.text(fileName(index), text);
  }

  /** Articles 0 to {@code count - 1}. */
  public List<RawArticle> articles(int count) {
    List<RawArticle> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      articles.add(article(i));
    }
    return articles;
  }

  /** The file name article {@code index} is given: "article-00042.txt". */
  public static String fileName(int index) {
    return String.format("article-%05d.txt", index);
  }
}
