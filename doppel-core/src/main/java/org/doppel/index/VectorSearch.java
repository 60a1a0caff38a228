package org.doppel.index;

/**
 * How the nearest-neighbour search over document vocabulary vectors proposes candidates.
 *
 * @param neighbours nearest documents each document proposes; 0 turns the search off
 * @param minCosine the cosine a neighbour needs to be proposed
 */
public record VectorSearch(int neighbours, double minCosine) {
  public static final VectorSearch OFF = new VectorSearch(0, 1);
  public static final VectorSearch DEFAULTS = new VectorSearch(3, 0.6);

  public VectorSearch {
    if (neighbours < 0) {
      throw new IllegalArgumentException("neighbours must be >= 0, got " + neighbours);
    }
    if (minCosine < -1 || minCosine > 1) {
      throw new IllegalArgumentException("minCosine must be in [-1, 1], got " + minCosine);
    }
  }

  public boolean isOn() {
    return neighbours > 0;
  }
}
