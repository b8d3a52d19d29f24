package org.quotetrail.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of {@link Stage}s whose requirements are checked when it is built, so a
 * misconfigured pipeline fails at start-up rather than at the first article.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /**
   * A pipeline running {@code stages} in order on documents that start with {@code initial} layers.
   *
   * @throws IllegalArgumentException if a stage requires a layer that neither the initial layers
   *     nor an earlier stage provides, or provides a layer already provided
   */
  public static Pipeline of(Set<Layer<?>> initial, List<? extends Stage> stages) {
    Set<Layer<?>> available = new HashSet<>(initial);
    for (Stage stage : stages) {
      for (Layer<?> needed : stage.requires()) {
        if (!available.contains(needed)) {
          throw new IllegalArgumentException(
              "stage " + stage.name() + " requires layer '" + needed
                  + "', which no earlier stage provides; put a stage that provides it first");
        }
      }
      for (Layer<?> added : stage.provides()) {
        if (!available.add(added)) {
          throw new IllegalArgumentException(
              "stage " + stage.name() + " provides layer '" + added + "', which is already provided");
        }
      }
    }
    return new Pipeline(new ArrayList<>(stages));
  }

  /** Runs every stage on {@code document} and returns it. */
  public Document process(Document document) {
    for (Stage stage : stages) {
      stage.annotate(document);
    }
    return document;
  }

  public List<Stage> stages() {
    return stages;
  }
}
