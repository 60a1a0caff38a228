package org.doppel.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.doppel.PairVerifier;

/**
 * The analysed documents of the last pairs a task verified, so a document in several pairs of one
 * partition is analysed once (its sentences and facts too, when a pair needs them), as a local scan
 * analyses each pair's first document once for its run.
 */
final class PreparedCache {
  private final Detection.Tools tools;
  private final PairVerifier verifier;
  private final Map<Long, PairVerifier.Prepared> recent;

  PreparedCache(Detection.Tools tools, PairVerifier verifier, int capacity) {
    this.tools = tools;
    this.verifier = verifier;
    this.recent = new LinkedHashMap<Long, PairVerifier.Prepared>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, PairVerifier.Prepared> eldest) {
        return size() > capacity;
      }
    };
  }

  PairVerifier.Prepared get(long number, Analysed.Doc doc) {
    return recent.computeIfAbsent(number, n -> verifier.prepare(tools.analyzer().analyze(doc.source())));
  }
}
