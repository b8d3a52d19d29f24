package org.quotetrail.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotetrail.model.Quotation;
import org.quotetrail.store.LinkArticle;
import org.quotetrail.store.LinkStore;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.QuotationLink;

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
    // The links are written in one batch after the loop, but two reads in it see this article's
    // links, so the links found so far are written before them: the story's speakers (a single name
    // is looked for among them) and a speaker's wordings read again (only after KEPT_SPEAKERS other
    // quotations can the grouper have dropped them).
    List<QuotationLink> unwritten = new ArrayList<>();
    for (LinkArticle.Quote quote : article.quotations()) {
      Quotation q = quote.quotation();
      if (SpeakerLinker.readsStory(q.speaker()) || unwritten.size() == VariantGrouper.KEPT_SPEAKERS) {
        write(article.id(), storyId, unwritten);
      }
      Long speaker = speakers.resolve(q.speaker(), storyId);
      Long group = speaker == null ? null : variants.group(quote.id(), q.text(), q.kind(), speaker);
      unwritten.add(new QuotationLink(quote.id(), speaker, group));
      rebuts = rebuts || speaker != null && ReplyPairer.rebuts(q.text());
    }
    write(article.id(), storyId, unwritten);
    for (CreditFinder.Credit credit : CreditFinder.credits(article, outlet)) {
      links.addCredit(article.id(), credit.quotationId(), credit.outlet(), credit.phrase());
    }
    // Only a rebuttal answers a statement: an article with none needs no reading of its story.
    if (rebuts) {
      pairReplies(article.id(), storyId);
    }
  }

  /** Writes the {@code unwritten} links of an article and empties the list. */
  private void write(long articleId, long storyId, List<QuotationLink> unwritten) {
    if (!unwritten.isEmpty()) {
      links.linkQuotations(articleId, storyId, List.copyOf(unwritten));
      unwritten.clear();
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
