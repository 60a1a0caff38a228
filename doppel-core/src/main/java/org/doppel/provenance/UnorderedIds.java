package org.doppel.provenance;

import org.jspecify.annotations.Nullable;

/**
 * Two document ids as one map key, equal in either order: a pair's key without a string made for it. Keys made by
 * joining the two ids in sorted order cost a comparison, a new string and its hash for every pair, on the one thread
 * that runs after a scan's verification (at 100,000 documents most of that thread's work while the other waited).
 */
final class UnorderedIds {
  private final String x;
  private final String y;
  private final int hash;

  UnorderedIds(String a, String b) {
    this.x = a;
    this.y = b;
    int ha = a.hashCode();
    int hb = b.hashCode();
    this.hash = 31 * Math.min(ha, hb) + Math.max(ha, hb); // the same in either order
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof UnorderedIds o && o.hash == hash
        && (o.x.equals(x) && o.y.equals(y) || o.x.equals(y) && o.y.equals(x));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return x + ", " + y;
  }
}
