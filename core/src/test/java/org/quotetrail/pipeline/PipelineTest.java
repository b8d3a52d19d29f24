package org.quotetrail.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Layer<String> TEXT = Layer.of("text", String.class);
  private static final Layer<Integer> LENGTH = Layer.of("length", Integer.class);

  /** A stage that adds the text's length. */
  private static final class Measure implements Stage {
    @Override
    public Set<Layer<?>> requires() {
      return Set.of(TEXT);
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of(LENGTH);
    }

    @Override
    public void annotate(Document document) {
      document.set(LENGTH, document.get(TEXT).length());
    }
  }

  @Test
  void runsStagesThatHaveWhatTheyNeed() {
    Pipeline pipeline = Pipeline.of(Set.of(TEXT), List.of(new Measure()));
    Document d = pipeline.process(new Document("a").set(TEXT, "hello"));
    assertEquals(5, d.get(LENGTH));
  }

  @Test
  void aMissingLayerFailsWhenThePipelineIsBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(Set.of(), List.of(new Measure())));
    assertTrue(e.getMessage().contains("requires layer 'text'"), e.getMessage());
  }

  @Test
  void aLayerIsSetOnceAndReadOnlyWhenSet() {
    Document d = new Document("a").set(TEXT, "x");
    assertThrows(IllegalStateException.class, () -> d.set(TEXT, "y"));
    assertThrows(IllegalStateException.class, () -> d.get(LENGTH));
  }
}
