package org.doppel.index;

import java.util.List;
import java.util.function.IntToLongFunction;
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
  default List<Candidate> candidates(Fingerprint fingerprint, int self) {
    return candidates(fingerprint, self, doc -> 0, 0);
  }

  /**
   * As {@link #candidates(Fingerprint, int)}, where a band key posted under more than {@code maxPostings}
   * documents links the document with the earliest of them and its nearest ({@link HotBands#linked}), in order of
   * {@code minute} ({@link HotBands#minute}), then of number; a document that is not indexed comes after those of
   * its own minute. Other keys in that many documents are skipped as stock phrases.
   *
   * @param minute an indexed document's place in publication order
   * @param selfMinute the document's own place
   */
  List<Candidate> candidates(Fingerprint fingerprint, int self, IntToLongFunction minute, long selfMinute);
}
