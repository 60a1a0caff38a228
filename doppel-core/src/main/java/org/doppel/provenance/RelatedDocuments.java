package org.doppel.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.relate.RelatedPair;

/** The documents each document has a reported pair with, as the steps that read a pair's group need them. */
final class RelatedDocuments {
  private RelatedDocuments() {}

  /** Each document of {@code pairs} to the documents it has a pair with, in the order of the pairs. */
  static Map<String, List<String>> of(List<RelatedPair> pairs) {
    Map<String, List<String>> related = new HashMap<>();
    for (RelatedPair pair : pairs) {
      related.computeIfAbsent(pair.a(), k -> new ArrayList<>()).add(pair.b());
      related.computeIfAbsent(pair.b(), k -> new ArrayList<>()).add(pair.a());
    }
    return related;
  }

  /** {@link #of} of the pairs of {@code directed}. */
  static Map<String, List<String>> ofDirected(List<DirectedPair> directed) {
    return of(directed.stream().map(DirectedPair::pair).toList());
  }
}
