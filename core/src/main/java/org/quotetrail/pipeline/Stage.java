package org.quotetrail.pipeline;

import java.util.Set;

/**
 * One step of the per-article pipeline: reads some layers of a {@link Document} and adds others.
 *
 * <p>Stages are built once per pipeline and must be safe to call from several threads at once:
 * all per-article state lives in the document.
 */
public interface Stage {
  /** Layers that must be present before this stage runs. */
  Set<Layer<?>> requires();

  /** Layers this stage adds. */
  Set<Layer<?>> provides();

  /** Adds this stage's layers to {@code document}. */
  void annotate(Document document);

  /** A short name for messages and evidence; the class name by default. */
  default String name() {
    return getClass().getSimpleName();
  }
}
