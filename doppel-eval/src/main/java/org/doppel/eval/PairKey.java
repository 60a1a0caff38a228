package org.doppel.eval;

/**
 * An unordered pair of document ids in canonical order: {@code a < b} by {@link String#compareTo}.
 *
 * @param a the smaller id
 * @param b the larger id
 */
public record PairKey(String a, String b) {
  public PairKey {
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("pair ids must be distinct and ordered a < b: " + a + ", " + b);
    }
  }

  @Override
  public String toString() {
    return a + " " + b;
  }
}
