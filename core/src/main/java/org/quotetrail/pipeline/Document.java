package org.quotetrail.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One article on its way through a {@link Pipeline}: the layers that stages have added so far.
 *
 * <p>Each stage reads the layers it {@linkplain Stage#requires() requires} and adds the ones it
 * {@linkplain Stage#provides() provides}; a layer, once set, is not replaced.
 */
public final class Document {
  private final String source;
  private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();

  public Document(String source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Where the article came from: a file path, or a WARC file and record offset. */
  public String source() {
    return source;
  }

  /** The value of {@code layer}; fails if no stage has set it. */
  public <T> T get(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null) {
      throw new IllegalStateException(
          "layer '" + layer + "' is not set on " + source + "; a stage that provides it must run first");
    }
    @SuppressWarnings("unchecked")
    T typed = (T) value;
    return typed;
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /** Adds {@code value} as {@code layer}; returns this document. */
  public <T> Document set(Layer<T> layer, T value) {
    Objects.requireNonNull(value, () -> "value for layer " + layer);
    if (!layer.type().isInstance(value)) {
      throw new IllegalArgumentException(
          "layer '" + layer + "' holds " + layer.type().getSimpleName() + ", not " + value.getClass());
    }
    if (layers.putIfAbsent(layer, value) != null) {
      throw new IllegalStateException("layer '" + layer + "' is already set on " + source);
    }
    return this;
  }
}
