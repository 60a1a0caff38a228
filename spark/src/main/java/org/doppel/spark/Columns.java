package org.doppel.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Two or three columns of longs ({@code c} null for two), the unit the candidate stage shuffles: a block of
 * postings (key, document) or of pair counts (first, second, counts); label propagation's edges and messages too. A few large arrays instead of a row object per posting, so
 * Java serialisation writes them in bulk and the garbage collector sees three objects, not millions.
 */
record Columns(long[] a, long[] b, long[] c) implements Serializable {
  int size() {
    return a.length;
  }

  /**
   * These rows (of three columns) sorted by the first two, with the first column as differences from the row
   * before and the second too where the first repeats: sorted document numbers differ in a byte or two, so
   * the shuffle's compression packs them several times tighter than the numbers themselves.
   */
  Columns sortedAsDifferences() {
    Columns sorted = sorted();
    long[] x = sorted.a;
    long[] y = sorted.b;
    long[] z = sorted.c;
    for (int i = x.length - 1; i > 0; i--) {
      if (x[i] == x[i - 1]) {
        y[i] -= y[i - 1];
      }
      x[i] -= x[i - 1];
    }
    return new Columns(x, y, z);
  }

  /** These rows sorted by the first two columns (the third, if any, moved along). */
  Columns sorted() {
    Columns out = new Columns(a.clone(), b.clone(), c == null ? null : c.clone());
    sort(out.a, out.b, out.c, 0, out.a.length - 1);
    return out;
  }

  /** One block: {@code blocks} concatenated, of three columns when the first block has three (or there is none). */
  static Columns concat(List<Columns> blocks) {
    int n = 0;
    for (Columns block : blocks) {
      n += block.size();
    }
    boolean third = blocks.isEmpty() || blocks.get(0).c != null;
    Columns out = new Columns(new long[n], new long[n], third ? new long[n] : null);
    int at = 0;
    for (Columns block : blocks) {
      System.arraycopy(block.a, 0, out.a, at, block.size());
      System.arraycopy(block.b, 0, out.b, at, block.size());
      if (third) {
        System.arraycopy(block.c, 0, out.c, at, block.size());
      }
      at += block.size();
    }
    return out;
  }

  /** The rows {@link #sortedAsDifferences} wrote, as they were (sorted). */
  Columns fromDifferences() {
    long[] x = a.clone();
    long[] y = b.clone();
    for (int i = 1; i < x.length; i++) {
      boolean sameFirst = x[i] == 0;
      x[i] += x[i - 1];
      if (sameFirst) {
        y[i] += y[i - 1];
      }
    }
    return new Columns(x, y, c);
  }

  /** Quicksort of the rows from {@code lo} to {@code hi} by (x, y), moving z (when there is one) along. */
  private static void sort(long[] x, long[] y, long[] z, int lo, int hi) {
    while (hi - lo > 16) {
      int mid = (lo + hi) >>> 1;
      long px = x[mid];
      long py = y[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (x[i] < px || x[i] == px && y[i] < py) {
          i++;
        }
        while (x[j] > px || x[j] == px && y[j] > py) {
          j--;
        }
        if (i <= j) {
          swap(x, y, z, i++, j--);
        }
      }
      if (j - lo < hi - i) { // the smaller side by recursion, the larger by the loop: stack depth stays logarithmic
        sort(x, y, z, lo, j);
        lo = i;
      } else {
        sort(x, y, z, i, hi);
        hi = j;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      for (int k = i; k > lo && (x[k - 1] > x[k] || x[k - 1] == x[k] && y[k - 1] > y[k]); k--) {
        swap(x, y, z, k, k - 1);
      }
    }
  }

  private static void swap(long[] x, long[] y, long[] z, int i, int j) {
    long t = x[i];
    x[i] = x[j];
    x[j] = t;
    t = y[i];
    y[i] = y[j];
    y[j] = t;
    if (z != null) {
      t = z[i];
      z[i] = z[j];
      z[j] = t;
    }
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
