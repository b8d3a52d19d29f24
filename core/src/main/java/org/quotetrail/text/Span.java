package org.quotetrail.text;

/**
 * A half-open range {@code [begin, end)} of character offsets into an article body.
 */
public record Span(int begin, int end) implements Comparable<Span> {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(int offset) {
    return offset >= begin && offset < end;
  }

  public boolean contains(Span other) {
    return other.begin >= begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The characters of {@code text} this span covers. */
  public String of(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }
}
