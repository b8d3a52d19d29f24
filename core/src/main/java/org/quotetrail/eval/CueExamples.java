package org.quotetrail.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotetrail.Extractor;
import org.quotetrail.ingest.RawArticle;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.pipeline.Document;
import org.quotetrail.pipeline.Layers;
import org.quotetrail.pipeline.Pipeline;
import org.quotetrail.quote.CueFeatures;
import org.quotetrail.quote.QuoteMarkStage;
import org.quotetrail.quote.QuotedText;
import org.quotetrail.segment.SegmentStage;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;
import org.quotetrail.text.Span;

/**
 * Training examples for the cue model from PolNeAR: every word that {@link CueFeatures} would ask
 * about, as the extractor's own pipeline cleans and splits the article, labelled with whether it
 * is the head word of an annotated cue ("condemned" in "has forcefully condemned", "called" in
 * "called for").
 */
final class CueExamples {
  /** Words that end a cue without being its head: "called for", "referring to", "spoke about". */
  private static final Set<String> PARTICLES =
      Set.of("to", "for", "about", "on", "of", "in", "with", "as", "at", "by", "that", "up", "out", "from", "into", "over",
          "against", "the", "a", "an", "it", "him", "her", "them");

  /** One candidate word. */
  record Example(List<String> features, boolean cue, boolean inLexicon) {}

  private final Pipeline pipeline =
      Pipeline.of(Set.of(Layers.RAW), List.of(Extractor.cleanStage(), new SegmentStage(), new QuoteMarkStage()));
  private final CueFeatures features = new CueFeatures(Lexicon.english());
  private final Lexicon lexicon = Lexicon.english();

  /** The examples of one article. */
  List<Example> of(PolnearArticle article, Path file) throws IOException {
    Document document = pipeline.process(new Document(file.toString()).set(Layers.RAW, RawArticle.text(file.toString(), article.text())));
    String body = document.get(Layers.BODY);
    List<Token> tokens = document.get(Layers.TOKENS);
    BodyAlignment alignment = BodyAlignment.of(article.text(), body);
    Set<Integer> heads = cueHeads(article, tokens, alignment);
    QuotedText quoted = new QuotedText(document.get(Layers.QUOTE_MARKS));
    List<Example> examples = new ArrayList<>();
    for (Sentence sentence : document.get(Layers.SENTENCES)) {
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        if (CueFeatures.isCandidate(tokens, i, sentence, quoted)) {
          String word = tokens.get(i).lower();
          boolean known = lexicon.speechVerb(word) != null || lexicon.beliefVerb(word) != null;
          examples.add(new Example(features.of(tokens, i, sentence), heads.contains(i), known));
        }
      }
    }
    return examples;
  }

  /** The tokens that head an annotated cue: the last word of the cue that is not a particle. */
  private static Set<Integer> cueHeads(PolnearArticle article, List<Token> tokens, BodyAlignment alignment) {
    List<Span> cues = new ArrayList<>();
    for (GoldRelation relation : article.relations()) {
      if (relation.cue() != null) {
        cues.add(relation.cue());
      }
    }
    Set<Integer> heads = new HashSet<>();
    for (Span cue : cues) {
      int head = -1;
      for (Token t : tokens) {
        int at = alignment.originalOffset(t.begin());
        if (t.isWord() && at >= cue.begin() && at < cue.end() && (head < 0 || !PARTICLES.contains(t.lower()))) {
          head = t.index();
        }
      }
      if (head >= 0) {
        heads.add(head);
      }
    }
    return heads;
  }
}
