package org.quotetrail.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Locale;
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

  /** Keeps the seeds of story casts apart from the seeds of articles. */
  private static final long STORY_SALT = 0x5DEECE66DL;

  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

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

  /**
   * Article number {@code index} of this seed's corpus of stories of {@code perStory} articles:
   * consecutive articles of one story share its people, organisations, subject and a place name
   * coined for it, and are
   * dated a day apart; each story starts a day after the one before, from 1 January 2019.
   */
  public RawArticle storyArticle(int index, int perStory) {
    if (index < 0 || perStory < 1) {
      throw new IllegalArgumentException("article index must be >= 0 and stories at least 1 article: " + index + ", " + perStory);
    }
    int story = index / perStory;
    Cast cast = Cast.drawForStory(new Random(seed * 0x9E3779B97F4A7C15L + STORY_SALT + story));
    LocalDate date = FIRST_DAY.plusDays(story + index % perStory);
    String dateLine = date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
    Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
    String text = new ArticleComposer(random, cast, dateLine).compose(BODY_MIN_CHARS + random.nextInt(BODY_SPREAD));
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
