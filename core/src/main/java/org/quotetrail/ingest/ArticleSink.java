package org.quotetrail.ingest;

/** Receives what an {@link ArticleReader} finds in one input: articles, and problems. */
public interface ArticleSink {
  void article(RawArticle article);

  void problem(InputProblem problem);
}
