package org.doppel.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Up to three columns of longs, the unit the candidate stage shuffles: a block of postings (key, document)
 * or of pair counts (first, second, counts). A few large arrays instead of a row object per posting, so
 * Java serialisation writes them in bulk and the garbage collector sees three objects, not millions.
 */
record Columns(long[] a, long[] b, long[] c) implements Serializable {
  int size() {
    return a.length;
  }

  /** Collects rows into growing arrays. */
  static final class Builder {
    private final boolean third;
    private long[] a;
    private long[] b;
    private long[] c;
    private int size;

    Builder(boolean third, int capacity) {
      this.third = third;
      this.a = new long[capacity];
      this.b = new long[capacity];
      this.c = third ? new long[capacity] : null;
    }

    void add(long x, long y) {
      grow();
      a[size] = x;
      b[size++] = y;
    }

    void add(long x, long y, long z) {
      grow();
      a[size] = x;
      b[size] = y;
      c[size++] = z;
    }

    private void grow() {
      if (size == a.length) {
        int capacity = Math.max(16, size * 2);
        a = Arrays.copyOf(a, capacity);
        b = Arrays.copyOf(b, capacity);
        if (third) {
          c = Arrays.copyOf(c, capacity);
        }
      }
    }

    int size() {
      return size;
    }

    /** The rows so far, trimmed; the builder starts again empty. */
    Columns take() {
      Columns out = new Columns(Arrays.copyOf(a, size), Arrays.copyOf(b, size), third ? Arrays.copyOf(c, size) : null);
      size = 0;
      return out;
    }
  }
}
