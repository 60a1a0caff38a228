package org.doppel.index;

import java.util.List;
import org.doppel.fingerprint.Fingerprint;

/**
 * The query side of a candidate index: what a scan and a query of a standing index share. The scan's
 * {@link InMemoryCandidateIndex} and a snapshot of the persistent {@link LuceneIndex} both answer it,
 * so the same verification, relation and provenance code runs behind both.
 */
public interface CandidateLookup {
  /**
   * Indexed documents other than {@code self} that share enough keys with {@code fingerprint}.
   *
   * @param self the document's own number when it is indexed, or a negative number for a document
   *     that is not
   */
  List<Candidate> candidates(Fingerprint fingerprint, int self);
}
