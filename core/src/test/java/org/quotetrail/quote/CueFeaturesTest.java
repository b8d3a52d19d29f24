package org.quotetrail.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotetrail.Pipelines;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.pipeline.Document;
import org.quotetrail.pipeline.Layers;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;

class CueFeaturesTest {
  private static final CueFeatures FEATURES = new CueFeatures(Lexicon.english());

  @Test
  void aWordIsDescribedByItselfItsNeighboursAndWhatFollows() {
    Document d = Pipelines.throughQuotes("Dana Whitlock condemned the harbour plan.");
    List<Token> tokens = d.get(Layers.TOKENS);
    Sentence sentence = d.get(Layers.SENTENCES).get(0);
    List<String> f = FEATURES.of(tokens, 2, sentence);
    assertTrue(f.containsAll(List.of("w=condemned", "p=whitlock", "n=the", "nk=det", "pk=cap", "sfx=ned", "pos=mid")), f.toString());
    assertTrue(FEATURES.of(tokens, 0, sentence).contains("p=<s>"));
  }

  @Test
  void listedReportingVerbsAreMarked() {
    Document d = Pipelines.throughQuotes("Dana Whitlock said the plan was fair.");
    assertTrue(FEATURES.of(d.get(Layers.TOKENS), 2, d.get(Layers.SENTENCES).get(0)).contains("lex=speech"));
  }

  @Test
  void wordsInQuotesAndCapitalisedWordsAreNoCandidates() {
    Document d = Pipelines.throughQuotes("\"We condemned it,\" Dana Whitlock said.");
    List<Token> tokens = d.get(Layers.TOKENS);
    Sentence sentence = d.get(Layers.SENTENCES).get(0);
    QuotedText quoted = new QuotedText(d.get(Layers.QUOTE_MARKS));
    assertFalse(CueFeatures.isCandidate(tokens, 2, sentence, quoted), tokens.get(2).text()); // "condemned", quoted
    assertFalse(CueFeatures.isCandidate(tokens, 6, sentence, quoted), tokens.get(6).text()); // "Dana"
    assertTrue(CueFeatures.isCandidate(tokens, 8, sentence, quoted), tokens.get(8).text()); // "said"
  }

  @Test
  void closedClassWordsAreNotAskedAbout() {
    Document d = Pipelines.throughQuotes("She has condemned the plan to sell it.");
    List<Token> tokens = d.get(Layers.TOKENS);
    Lexicon lexicon = Lexicon.english();
    assertFalse(CueFeatures.isOpenClass(tokens.get(0), lexicon)); // She
    assertFalse(CueFeatures.isOpenClass(tokens.get(1), lexicon)); // has
    assertTrue(CueFeatures.isOpenClass(tokens.get(2), lexicon)); // condemned
    assertFalse(CueFeatures.isOpenClass(tokens.get(3), lexicon)); // the
    assertTrue(CueFeatures.isOpenClass(tokens.get(4), lexicon)); // plan
    assertFalse(CueFeatures.isOpenClass(tokens.get(5), lexicon)); // to
  }
}
