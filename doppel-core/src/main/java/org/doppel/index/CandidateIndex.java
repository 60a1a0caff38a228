package org.doppel.index;

import java.util.List;
import java.util.function.IntUnaryOperator;
import org.doppel.fingerprint.Fingerprint;

/**
 * Proposes, for a fingerprint, the indexed documents that may share text with it, without
 * comparing it with every document: {@link InMemoryCandidateIndex} for scans. The persistent
 * {@link LuceneIndex} answers the same {@link CandidateLookup} from Lucene postings of the same keys.
 *
 * <p>Candidates are approximate: a caller verifies each one against the texts.
 */
public interface CandidateIndex extends CandidateLookup {
  /** Adds a document under {@code docNumber}, which must not have been added before. */
  void add(int docNumber, Fingerprint fingerprint);

  /** Every pair of indexed documents that shares enough keys, each pair once. */
  CandidatePairs allCandidatePairs();

  /**
   * As {@link #allCandidatePairs()}, where the documents a key in very many documents links are paired in the order
   * of {@code rank} (lower first, equal ranks by document number: the scan gives each document's publication minute,
   * asked for only for the documents of such keys); the index's own order by default.
   */
  default CandidatePairs allCandidatePairs(IntUnaryOperator rank) {
    return allCandidatePairs();
  }

  /** Documents added so far. */
  int size();

  /** Approximate heap bytes held by the index structures. */
  long memoryBytes();
}
