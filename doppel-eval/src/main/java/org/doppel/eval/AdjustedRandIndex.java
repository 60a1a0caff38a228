package org.doppel.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Adjusted Rand index (Hubert and Arabie 1985) of two clusterings of the same items: 1 for identical
 * clusterings, about 0 for clusterings as alike as chance makes them. With {@code n_ij} the items in truth
 * cluster i and predicted cluster j, {@code a_i} and {@code b_j} the cluster sizes and {@code C(x) = x(x-1)/2}:
 * <pre>  ARI = (Σ C(n_ij) − Σ C(a_i) Σ C(b_j) / C(n)) / (½ (Σ C(a_i) + Σ C(b_j)) − Σ C(a_i) Σ C(b_j) / C(n))</pre>
 * When both clusterings put every item alone (or all together) the denominator is 0 and the index is 1.
 */
public final class AdjustedRandIndex {
  private AdjustedRandIndex() {}

  /**
   * @param items the items clustered
   * @param truth an item's cluster label in the truth; an item without a label is a cluster of its own
   * @param predicted an item's cluster label in the prediction; the same rule
   */
  public static double of(Collection<String> items, Map<String, String> truth, Map<String, String> predicted) {
    Map<String, Long> truthSizes = new HashMap<>();
    Map<String, Long> predictedSizes = new HashMap<>();
    Map<String, Long> joint = new HashMap<>();
    for (String item : items) {
      String t = truth.getOrDefault(item, "\u0000" + item);
      String p = predicted.getOrDefault(item, "\u0000" + item);
      truthSizes.merge(t, 1L, Long::sum);
      predictedSizes.merge(p, 1L, Long::sum);
      joint.merge(t + '\u0001' + p, 1L, Long::sum);
    }
    double index = joint.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
    double sumA = truthSizes.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
    double sumB = predictedSizes.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
    double all = pairs(items.size());
    double expected = all == 0 ? 0 : sumA * sumB / all;
    double max = (sumA + sumB) / 2;
    if (max - expected == 0) {
      return 1.0;
    }
    return (index - expected) / (max - expected);
  }

  private static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }
}
