package org.doppel.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doppel.fingerprint.Fact;

/**
 * The facts two documents share (see {@link org.doppel.fingerprint.FactExtractor}).
 *
 * @param shared one of each shared fact, as written in the first document, in its order
 * @param distinctA distinct facts of the first document
 * @param distinctB distinct facts of the second document
 */
public record FactOverlap(List<Fact> shared, int distinctA, int distinctB) {
  public static final FactOverlap NONE = new FactOverlap(List.of(), 0, 0);

  public FactOverlap {
    shared = List.copyOf(shared);
  }

  public static FactOverlap of(List<Fact> a, List<Fact> b) {
    Set<Integer> inB = new HashSet<>();
    b.forEach(f -> inB.add(f.key()));
    Map<Integer, Fact> sharedByKey = new HashMap<>();
    List<Fact> shared = new ArrayList<>();
    Set<Integer> inA = new HashSet<>();
    for (Fact fact : a) {
      inA.add(fact.key());
      if (inB.contains(fact.key()) && sharedByKey.putIfAbsent(fact.key(), fact) == null) {
        shared.add(fact);
      }
    }
    return new FactOverlap(shared, inA.size(), inB.size());
  }

  /** Shared facts over the facts of the document with fewer: 1 when one's facts all reappear in the other. */
  public double containment() {
    int fewer = Math.min(distinctA, distinctB);
    return fewer == 0 ? 0 : (double) shared.size() / fewer;
  }
}
