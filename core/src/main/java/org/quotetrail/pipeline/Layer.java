package org.quotetrail.pipeline;

import java.util.Objects;

/**
 * A typed key for one kind of annotation that a {@link Stage} adds to a {@link Document}.
 *
 * <p>Layers are compared by identity of name, so declare each once as a constant (see {@link
 * Layers}).
 *
 * @param <T> the type of the value stored under this layer
 */
public final class Layer<T> {
  private final String name;
  private final Class<?> type;

  private Layer(String name, Class<?> type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** A layer whose values are instances of {@code type}. */
  public static <T> Layer<T> of(String name, Class<? super T> type) {
    return new Layer<>(name, type);
  }

  public String name() {
    return name;
  }

  Class<?> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
