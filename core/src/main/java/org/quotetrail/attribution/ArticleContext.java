package org.quotetrail.attribution;

import java.util.ArrayList;
import java.util.List;
import org.quotetrail.mention.Mention;
import org.quotetrail.quote.Cue;
import org.quotetrail.quote.QuoteCandidate;
import org.quotetrail.segment.Sentence;
import org.quotetrail.text.Span;

/**
 * What the sieves may look at: the article's paragraphs, sentences, mentions and cues, and the
 * attributions decided so far (earlier quotations inform later ones: a paragraph of quote alone
 * continues the previous speaker).
 */
public final class ArticleContext {
  private final String body;
  private final List<Span> paragraphs;
  private final List<Sentence> sentences;
  private final List<Mention> mentions;
  private final List<Cue> cues;
  private final List<Decided> decided = new ArrayList<>();

  /** A quotation already attributed. */
  public record Decided(QuoteCandidate quote, Attribution attribution) {}

  public ArticleContext(String body, List<Span> paragraphs, List<Sentence> sentences, List<Mention> mentions, List<Cue> cues) {
    this.body = body;
    this.paragraphs = paragraphs;
    this.sentences = sentences;
    this.mentions = mentions;
    this.cues = cues;
  }

  public String body() {
    return body;
  }

  public Span paragraph(int index) {
    return paragraphs.get(index);
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Mention> mentions() {
    return mentions;
  }

  public List<Cue> cues() {
    return cues;
  }

  public List<Decided> decided() {
    return decided;
  }

  void record(QuoteCandidate quote, Attribution attribution) {
    decided.add(new Decided(quote, attribution));
  }

  /** Whether {@code quote} opens its paragraph: nothing but its opening mark comes before it. */
  public boolean opensParagraph(QuoteCandidate quote) {
    return quote.content().begin() - paragraph(quote.firstParagraph()).begin() <= 1;
  }
}
