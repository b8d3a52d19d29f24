package org.quotetrail.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.quotetrail.model.Quotation;
import org.quotetrail.store.ArticleDetail;
import org.quotetrail.store.ArticleSummary;
import org.quotetrail.store.FoundQuotation;
import org.quotetrail.store.ResultPage;
import org.quotetrail.store.LinkedQuote;
import org.quotetrail.store.StoredQuotation;
import org.quotetrail.store.StoryArticle;
import org.quotetrail.store.StorySummary;

/**
 * The JSON bodies of the API, as records whose components become snake_case fields: these names
 * are a contract (docs/api.md), so they are spelled out here and not derived from the store's types.
 */
final class JsonViews {
  private JsonViews() {}

  /** A page of a result: the items and where they are in the whole. */
  record PageJson<T>(long total, int limit, long offset, List<T> items) {
    static <S, T> PageJson<T> of(ResultPage<S> page, Function<S, T> view) {
      return new PageJson<>(page.total(), page.page().limit(), page.page().offset(),
          page.items().stream().map(view).toList());
    }
  }

  record SpeakerJson(String name, String type, String mention, String role) {}

  record QuoteJson(long id, String text, int begin, int end, String place, String kind, String cue, SpeakerJson speaker,
      double confidence, String evidence) {
    static QuoteJson of(long id, Quotation q) {
      return new QuoteJson(id, q.text(), q.begin(), q.end(), q.place().label(), q.kind().label(), q.cue(),
          new SpeakerJson(q.speaker().name(), q.speaker().type().label(), q.speaker().mention(), q.speaker().role()),
          q.confidence(), q.evidence());
    }
  }

  /** A quotation with the article it appeared in. */
  record FoundQuoteJson(QuoteJson quote, ArticleRefJson article) {
    static FoundQuoteJson of(FoundQuotation found) {
      StoredQuotation s = found.stored();
      return new FoundQuoteJson(QuoteJson.of(found.id(), s.quotation()),
          new ArticleRefJson(s.articleId(), s.outlet(), s.title(), date(s.published()), s.url()));
    }
  }

  record ArticleRefJson(long id, String outlet, String title, String published, String url) {}

  record ArticleJson(long id, String source, String url, String outlet, String title, String published,
      int quotationCount, List<String> mainSpeakers) {
    static ArticleJson of(ArticleSummary a) {
      return new ArticleJson(a.id(), a.source(), a.url(), a.outlet(), a.title(), date(a.published()),
          a.quotationCount(), a.mainSpeakers());
    }
  }

  record ArticleDetailJson(long id, String source, String url, String outlet, String title, String byline,
      String published, String body, List<QuoteJson> quotes) {
    static ArticleDetailJson of(ArticleDetail a) {
      return new ArticleDetailJson(a.id(), a.source(), a.url(), a.outlet(), a.title(), a.byline(),
          date(a.published()), a.body(), a.quotations().stream().map(q -> QuoteJson.of(q.id(), q.quotation())).toList());
    }
  }

  record SearchJson(String q, PageJson<ArticleJson> articles, PageJson<FoundQuoteJson> quotes) {}

  /** One statement of a speaker: its first wording and every report of it, newest first. */
  record StatementJson(String text, String firstReportedBy, String firstReportedOn, int reportCount,
      List<FoundQuoteJson> reports) {}

  record SpeakerPageJson(String name, long quotationCount, boolean truncated, long total, int limit, long offset,
      List<StatementJson> items) {}

  record StoryJson(long id, String title, String firstSeen, String lastSeen, int articleCount, int quotationCount,
      List<String> outlets, List<String> mainSpeakers) {
    static StoryJson of(StorySummary s) {
      return new StoryJson(s.id(), s.title(), date(s.firstSeen()), date(s.lastSeen()), s.articleCount(),
          s.quotationCount(), s.outlets(), s.mainSpeakers());
    }
  }

  /** A quotation of a story with its canonical speaker, variant group and credit. */
  record LinkedQuoteJson(long id, long articleId, String outlet, String title, String seenOn, String text, String kind,
      Long speakerId, String speakerName, Long variantGroupId, String creditedTo) {
    static LinkedQuoteJson of(LinkedQuote q) {
      return new LinkedQuoteJson(q.quotationId(), q.articleId(), q.outlet(), q.title(), date(q.seenOn()), q.text(),
          q.kind(), q.speakerId(), q.speakerName(), q.groupId(), q.creditedTo());
    }
  }

  record StoryArticleJson(long id, String outlet, String title, String published, String seenOn, String source) {
    static StoryArticleJson of(StoryArticle a) {
      return new StoryArticleJson(a.articleId(), a.outlet(), a.title(), date(a.published()), date(a.seenOn()), a.source());
    }
  }

  /**
   * A statement reported more than once: the canonical wording's quotation id, the first reporter,
   * its earliest reports (at most 20) and how many reports the story holds.
   */
  record VariantGroupJson(long canonicalId, String canonicalText, String firstReportedBy, List<Long> quotationIds,
      int reportCount) {
    static VariantGroupJson of(StoryData.Group g) {
      return new VariantGroupJson(g.canonical().quotationId(), g.canonical().text(), StoryPage.reporter(g.members().get(0)),
          g.members().stream().map(LinkedQuote::quotationId).toList(), g.reportCount());
    }
  }

  record ReplyJson(long statementId, long replyId) {}

  /**
   * A story with one page of its articles (earliest first) and what those articles hold: the
   * quotations (at most 500, {@code quotes_truncated} when cut), the statements among them reported
   * more than once ({@code variant_count}; the 30 most reported in {@code variants}), and the replies
   * they drew or gave. {@code limit} and {@code offset} page the
   * articles; {@code story.article_count} is their total.
   */
  record StoryDetailJson(StoryJson story, List<StoryArticleJson> articles, List<LinkedQuoteJson> quotes,
      List<VariantGroupJson> variants, int variantCount, List<ReplyJson> replies, int limit, long offset, boolean quotesTruncated) {
    static StoryDetailJson of(StoryData d) {
      return new StoryDetailJson(StoryJson.of(d.summary()), d.articles().stream().map(StoryArticleJson::of).toList(),
          d.quotations().stream().map(LinkedQuoteJson::of).toList(),
          d.groups().stream().map(VariantGroupJson::of).toList(), d.statementCount(),
          d.replies().stream().map(e -> new ReplyJson(e.statement().quotationId(), e.reply().quotationId())).toList(),
          d.page().limit(), d.page().offset(), d.quotationsTruncated());
    }
  }

  static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
