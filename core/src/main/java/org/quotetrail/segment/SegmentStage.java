package org.quotetrail.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quotetrail.pipeline.Document;
import org.quotetrail.pipeline.Layer;
import org.quotetrail.pipeline.Layers;
import org.quotetrail.pipeline.Stage;
import org.quotetrail.text.Span;

/** Splits the body into paragraphs (blank-line separated), sentences and tokens. */
public final class SegmentStage implements Stage {
  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.BODY);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.PARAGRAPHS, Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public void annotate(Document document) {
    String body = document.get(Layers.BODY);
    List<Span> paragraphs = paragraphs(body);
    List<Token> tokens = Tokenizer.tokenize(body);
    List<Sentence> sentences = new ArrayList<>();
    int token = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      for (Span span : SentenceSplitter.split(body, paragraphs.get(p))) {
        while (token < tokens.size() && tokens.get(token).begin() < span.begin()) {
          token++;
        }
        int first = token;
        while (token < tokens.size() && tokens.get(token).end() <= span.end()) {
          token++;
        }
        sentences.add(new Sentence(span, p, first, token));
      }
    }
    document.set(Layers.PARAGRAPHS, paragraphs).set(Layers.SENTENCES, sentences).set(Layers.TOKENS, tokens);
  }

  /** Paragraphs are separated by one or more blank lines; a single newline is kept inside. */
  static List<Span> paragraphs(String body) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    int n = body.length();
    while (start < n) {
      int sep = body.indexOf("\n\n", start);
      int end = sep < 0 ? n : sep;
      int b = start;
      int e = end;
      while (b < e && Character.isWhitespace(body.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(body.charAt(e - 1))) {
        e--;
      }
      if (e > b) {
        spans.add(new Span(b, e));
      }
      start = sep < 0 ? n : sep + 2;
    }
    return spans;
  }
}
