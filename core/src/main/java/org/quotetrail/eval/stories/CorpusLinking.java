package org.quotetrail.eval.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.link.ArticleLinker;
import org.quotetrail.model.ExtractedArticle;
import org.quotetrail.store.Store;

/**
 * Runs a corpus through quotetrail as {@code ingest} would: each article extracted and saved in
 * file order, then all linked online in time order (dated articles by date, undated ones after them
 * in file order), each seeing only the articles linked before it.
 */
public final class CorpusLinking {
  /**
   * Where the corpus's articles went.
   *
   * @param articles the corpus articles, in file order
   * @param articleIds each one's article id in the store (an article whose text repeats an earlier one's shares its id)
   * @param storyIds each one's story id
   */
  public record Linked(List<CorpusArticle> articles, List<Long> articleIds, List<Long> storyIds) {
    public Linked {
      articles = List.copyOf(articles);
      articleIds = List.copyOf(articleIds);
      storyIds = List.copyOf(storyIds);
    }

    /** The scores of the story ids against the gold stories, for the articles of {@code split} (all when null). */
    public ClusterScores scores(String split) {
      List<String> predicted = new ArrayList<>();
      List<String> gold = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        if (split == null || split.equals(articles.get(i).split())) {
          predicted.add(String.valueOf(storyIds.get(i)));
          gold.add(articles.get(i).story());
        }
      }
      return ClusterScores.of(predicted, gold);
    }
  }

  private CorpusLinking() {}

  /** Extracts, saves and links {@code corpus} in {@code store}, which should be empty. */
  public static Linked run(List<CorpusArticle> corpus, Store store, Extractor extractor) {
    List<Long> articleIds = new ArrayList<>();
    for (CorpusArticle article : corpus) {
      articleIds.add(store.save(extracted(article, extractor)).articleId());
    }
    ArticleLinker linker = new ArticleLinker(store.links());
    linker.linkAll(linker.unlinked(Map.of()), Map.of(), (id, e) -> {
      throw e;
    });
    List<Long> storyIds = articleIds.stream().map(id -> store.links().storyOf(id).orElseThrow()).toList();
    return new Linked(corpus, articleIds, storyIds);
  }

  private static ExtractedArticle extracted(CorpusArticle article, Extractor extractor) {
    ExtractedArticle e = extractor.extract(RawArticle.text(article.id(), article.text()));
    String title = article.title() != null ? article.title() : e.title();
    return new ExtractedArticle(article.id(), null, article.outlet(), title, null, article.date(), e.body(), e.quotes());
  }
}
