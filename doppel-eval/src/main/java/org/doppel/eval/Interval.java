package org.doppel.eval;

/**
 * A half-open range {@code [start, end)} of character offsets (Unicode code points) in one document.
 *
 * @param start first offset, {@code >= 0}
 * @param end offset after the last character, {@code >= start}
 */
public record Interval(int start, int end) {
  public Interval {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad interval [" + start + ", " + end + ")");
    }
  }

  /** Number of characters: {@code end - start}. */
  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return end == start;
  }

  /** Whether the two ranges share at least one character. */
  public boolean overlaps(Interval other) {
    return Math.max(start, other.start) < Math.min(end, other.end);
  }

  /** The shared characters, or an empty interval when they do not overlap. */
  public Interval intersect(Interval other) {
    int from = Math.max(start, other.start);
    int to = Math.min(end, other.end);
    return to > from ? new Interval(from, to) : new Interval(from, from);
  }
}
