package org.quotetrail.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotetrail.model.Quotation;
import org.quotetrail.store.LinkArticle;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.SpeakerRecord;

/**
 * Links an article's quotations once the article is in a story: each gets its canonical speaker
 * ({@link SpeakerLinker}) and variant group ({@link VariantGrouper}); the article's credits are
 * recorded ({@link CreditFinder}); and its rebuttals are paired with the statements they answer
 * ({@link ReplyPairer}).
 */
final class QuotationLinker {
  /** How many of a story's latest quotations a reply is looked for among: bounds the cost in long stories. */
  static final int EARLIER_STATEMENTS = 400;

  private final LinkStore links;
  private final SpeakerLinker speakers;
  private final VariantGrouper variants;

  QuotationLinker(LinkStore links) {
    this.links = links;
    this.speakers = new SpeakerLinker(links);
    this.variants = new VariantGrouper(links);
  }

  void link(LinkArticle article, long storyId, String outlet) {
    VariantGrouper.ArticleGrouping grouping = variants.forArticle();
    for (LinkArticle.Quote quote : article.quotations()) {
      Quotation q = quote.quotation();
      Long speaker = speakers.resolve(q.speaker(), storyId);
      Long group = speaker == null ? null : grouping.group(quote.id(), q.text(), q.kind(), speaker);
      links.linkQuotation(quote.id(), speaker, group);
    }
    for (CreditFinder.Credit credit : CreditFinder.credits(article, outlet)) {
      links.addCredit(article.id(), credit.quotationId(), credit.outlet(), credit.phrase());
    }
    pairReplies(article.id(), storyId);
  }

  private void pairReplies(long articleId, long storyId) {
    List<LinkedQuote> story = links.latestStoryQuotations(storyId, EARLIER_STATEMENTS);
    Map<Long, List<String>> names = names(story);
    for (LinkedQuote quote : story) {
      if (quote.articleId() == articleId) {
        ReplyPairer.answered(quote, story, names).ifPresent(s -> links.addReply(s.quotationId(), quote.quotationId()));
      }
    }
  }

  private Map<Long, List<String>> names(List<LinkedQuote> story) {
    Set<Long> ids = new HashSet<>();
    story.stream().map(LinkedQuote::speakerId).filter(id -> id != null).forEach(ids::add);
    Map<Long, List<String>> names = new HashMap<>();
    for (SpeakerRecord speaker : links.speakers(ids)) {
      List<String> all = new java.util.ArrayList<>(speaker.aliases());
      all.add(speaker.name());
      names.put(speaker.id(), all);
    }
    return names;
  }
}
