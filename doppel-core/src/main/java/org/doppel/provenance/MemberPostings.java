package org.doppel.provenance;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The story members' specific words as sorted arrays, an inverted index for {@link StoryLinks#link}: the distinct
 * hashes, and for the {@code i}th the members holding it and its weight there in {@code [starts[i], starts[i + 1])},
 * and the largest of those weights ({@code maxWeights[i]}, for {@link JoinBounds}).
 */
public record MemberPostings(long[] hashes, int[] starts, int[] members, double[] weights, double[] maxWeights) implements Serializable {
  /** The postings of {@code vectors}, member {@code m} being {@code vectors.get(m)}. */
  static MemberPostings of(List<SpecificWords> vectors) {
    // the distinct hashes sorted once, then every (member, weight) counted into its hash's run, members in order:
    // a sort of boxed entry numbers by comparator was a good part of the cost on g20k
    int total = vectors.stream().mapToInt(v -> v.hashes().length).sum();
    long[] all = new long[total];
    int n = 0;
    for (SpecificWords v : vectors) {
      System.arraycopy(v.hashes(), 0, all, n, v.hashes().length);
      n += v.hashes().length;
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int k = 0; k < total; k++) {
      if (k == 0 || all[k] != all[distinct - 1]) {
        all[distinct++] = all[k];
      }
    }
    long[] hashes = Arrays.copyOf(all, distinct);
    int[] starts = new int[distinct + 1];
    for (SpecificWords v : vectors) {
      for (long hash : v.hashes()) {
        starts[Arrays.binarySearch(hashes, hash) + 1]++;
      }
    }
    for (int i = 0; i < distinct; i++) {
      starts[i + 1] += starts[i];
    }
    int[] next = Arrays.copyOf(starts, distinct);
    int[] members = new int[total];
    double[] weights = new double[total];
    for (int m = 0; m < vectors.size(); m++) {
      SpecificWords v = vectors.get(m);
      for (int i = 0; i < v.hashes().length; i++) {
        int at = next[Arrays.binarySearch(hashes, v.hashes()[i])]++;
        members[at] = m;
        weights[at] = v.weights()[i];
      }
    }
    double[] maxWeights = new double[distinct];
    for (int i = 0; i < distinct; i++) {
      for (int k = starts[i]; k < starts[i + 1]; k++) {
        maxWeights[i] = Math.max(maxWeights[i], weights[k]);
      }
    }
    return new MemberPostings(hashes, starts, members, weights, maxWeights);
  }
}
