package org.doppel.index;

import java.util.List;
import org.doppel.fingerprint.Fingerprint;

/**
 * Proposes, for a fingerprint, the indexed documents that may share text with it, without
 * comparing it with every document. Implementations: {@link InMemoryCandidateIndex} for scans; a
 * persistent one (e.g. Lucene postings of the same keys) can stand behind the same contract.
 *
 * <p>Candidates are approximate: a caller verifies each one against the texts.
 */
public interface CandidateIndex {
  /** Adds a document under {@code docNumber}, which must not have been added before. */
  void add(int docNumber, Fingerprint fingerprint);

  /** Indexed documents other than {@code self} that share enough keys with {@code fingerprint}. */
  List<Candidate> candidates(Fingerprint fingerprint, int self);

  /** Every pair of indexed documents that shares enough keys, each pair once. */
  CandidatePairs allCandidatePairs();

  /** Documents added so far. */
  int size();

  /** Approximate heap bytes held by the index structures. */
  long memoryBytes();
}
