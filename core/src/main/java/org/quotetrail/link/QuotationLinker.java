package org.quotetrail.link;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotetrail.model.Quotation;
import org.quotetrail.store.LinkArticle;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.LinkedQuote;

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
    this.variants = new VariantGrouper(links);
    this.speakers = new SpeakerLinker(links, variants::speakerAdded);
  }

  /** Forgets the speakers and wordings kept: another process may have changed them. */
  void forget() {
    speakers.forget();
    variants.forget();
  }

  void link(LinkArticle article, long storyId, String outlet) {
    boolean rebuts = false;
    for (LinkArticle.Quote quote : article.quotations()) {
      Quotation q = quote.quotation();
      Long speaker = speakers.resolve(q.speaker(), storyId);
      Long group = speaker == null ? null : variants.group(quote.id(), q.text(), q.kind(), speaker);
      links.linkQuotation(quote.id(), speaker, group);
      rebuts = rebuts || speaker != null && ReplyPairer.rebuts(q.text());
    }
    for (CreditFinder.Credit credit : CreditFinder.credits(article, outlet)) {
      links.addCredit(article.id(), credit.quotationId(), credit.outlet(), credit.phrase());
    }
    // Only a rebuttal answers a statement: an article with none needs no reading of its story.
    if (rebuts) {
      pairReplies(article.id(), storyId);
    }
  }

  private void pairReplies(long articleId, long storyId) {
    List<LinkedQuote> story = links.latestStoryQuotations(storyId, EARLIER_STATEMENTS);
    Set<Long> quoted = new HashSet<>();
    story.stream().map(LinkedQuote::speakerId).filter(id -> id != null).forEach(quoted::add);
    Map<Long, List<String>> names = speakers.names(quoted);
    for (LinkedQuote quote : story) {
      if (quote.articleId() == articleId) {
        ReplyPairer.answered(quote, story, names).ifPresent(s -> links.addReply(s.quotationId(), quote.quotationId()));
      }
    }
  }
}
