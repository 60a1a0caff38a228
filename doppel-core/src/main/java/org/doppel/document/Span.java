package org.doppel.document;

import java.io.Serializable;

/**
 * A half-open range {@code [start, end)} of UTF-16 char indices into a document's original text.
 * Reports convert spans to Unicode code point offsets when they leave the library.
 */
public record Span(int start, int end) implements Serializable {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int index) {
    return index >= start && index < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
