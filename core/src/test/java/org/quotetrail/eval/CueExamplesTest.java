package org.quotetrail.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueExamplesTest {
  @TempDir Path dir;

  @Test
  void theHeadWordsOfAnnotatedCuesArePositiveAndQuotedWordsAreLeftOut() throws IOException {
    PolnearCorpus corpus = new PolnearCorpus(TinyPolnear.write(dir));
    Path a1 = corpus.texts().get(0);
    List<CueExamples.Example> examples = new CueExamples().of(corpus.read(a1), a1);
    List<String> cues = examples.stream().filter(CueExamples.Example::cue).map(e -> e.features().get(0)).toList();
    assertEquals(List.of("w=said", "w=believes"), cues);
    assertTrue(examples.stream().noneMatch(e -> e.features().get(0).equals("w=reopens")), "words in quote marks are no candidates");
    assertTrue(examples.stream().filter(CueExamples.Example::cue).allMatch(CueExamples.Example::inLexicon));
  }
}
