package org.quotetrail.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.quotetrail.Pipelines;
import org.quotetrail.lexicon.Lexicon;
import org.quotetrail.pipeline.Document;
import org.quotetrail.pipeline.Layers;
import org.quotetrail.segment.Sentence;
import org.quotetrail.segment.Token;

class CueModelTest {
  private static final CueModel MODEL = new CueModel(Map.of("w=condemned", 3.0f, "n=that", 1.0f), -2.0, 0.5);

  @Test
  void probabilityIsTheLogisticOfTheSummedWeights() {
    assertEquals(1 / (1 + Math.exp(-2.0)), MODEL.probability(List.of("w=condemned", "n=that", "unknown")), 1e-6);
    assertTrue(MODEL.isCue(List.of("w=condemned")));
    assertFalse(MODEL.isCue(List.of("w=table")));
  }

  @Test
  void writtenModelReadsBackTheSame() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MODEL.write(out, "test model");
    CueModel read = CueModel.read(new ByteArrayInputStream(out.toByteArray()), "test");
    assertEquals(MODEL.size(), read.size());
    assertEquals(MODEL.threshold(), read.threshold());
    assertEquals(MODEL.probability(List.of("w=condemned")), read.probability(List.of("w=condemned")), 1e-6);
  }

  @Test
  void aBrokenLineIsNamedWithItsNumber() throws IOException {
    byte[] broken = gzip("# model\nbias\t-1\nw=said\tnot-a-number\n");
    IOException e = assertThrows(IOException.class, () -> CueModel.read(new ByteArrayInputStream(broken), "m.tsv.gz"));
    assertEquals("m.tsv.gz: line 3: not a number: not-a-number", e.getMessage());
  }

  @Test
  void theShippedModelKnowsActsThatNoWordListHolds() {
    CueModel shipped = CueModel.shipped();
    assertTrue(shipped.size() > 1000, "features: " + shipped.size());
    assertTrue(shipped.threshold() > 0 && shipped.threshold() < 1);
  }

  @Test
  void scoringTokensGivesTheProbabilityOfTheirNamedFeatures() {
    CueModel shipped = CueModel.shipped();
    CueFeatures features = new CueFeatures(Lexicon.english());
    Document d = Pipelines.throughQuotes("Officials at the port flatly rejected the plan on Tuesday, and Dana Whitlock "
        + "declined to comment. Polls show the harbour_board is unpopular; critics slammed its \"secret\" vote.");
    List<Token> tokens = d.get(Layers.TOKENS);
    int scored = 0;
    for (Sentence sentence : d.get(Layers.SENTENCES)) {
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        assertEquals(shipped.probability(features.of(tokens, i, sentence)), shipped.probability(features, tokens, i, sentence), 1e-9,
            tokens.get(i).text());
        scored++;
      }
    }
    assertTrue(scored > 20);
  }

  @Test
  void aPairWhoseValuesHoldTheJoinerIsFoundUnderItsOwnSplit() {
    // "pw=__rejected" is the pair ("_", "rejected"): its name splits two ways at a "_"
    CueModel model = new CueModel(Map.of("pw=__rejected", 2.0f), 0.0, 0.5);
    CueFeatures features = new CueFeatures(Lexicon.english());
    Document d = Pipelines.throughQuotes("The board _ rejected it.");
    List<Token> tokens = d.get(Layers.TOKENS);
    Sentence sentence = d.get(Layers.SENTENCES).get(0);
    int rejected = 3;
    assertEquals("rejected", tokens.get(rejected).text());
    assertEquals(1 / (1 + Math.exp(-2.0)), model.probability(features, tokens, rejected, sentence), 1e-6);
    assertEquals(model.probability(features.of(tokens, rejected, sentence)), model.probability(features, tokens, rejected, sentence), 1e-9);
    assertEquals(0.5, model.probability(features, tokens, 1, sentence), 1e-9);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
