package org.quotetrail.clean;

import org.quotetrail.ingest.RawArticle;

/** Turns one raw article of a given format into its body and metadata, dropping page furniture. */
public interface ArticleCleaner {
  CleanedArticle clean(RawArticle raw);
}
