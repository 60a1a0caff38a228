package org.doppel.index;

import org.doppel.fingerprint.DocumentVectorizer;

/**
 * A document the index proposes as possibly sharing text with the query.
 *
 * @param docNumber the candidate's number in the index
 * @param sharedBands LSH bands in common (resemblance evidence)
 * @param sharedAnchors anchor shingles and whole lines in common (containment evidence)
 * @param sharedFacts rare facts in common (rewrite evidence)
 * @param judgedWhole whether only two short texts' vocabulary vectors propose it, from the short texts' floor
 *     ({@link CloseVectors#closeOnlyAsShortTexts}): reported only when the whole-text judge agrees
 */
public record Candidate(int docNumber, int sharedBands, int sharedAnchors, int sharedFacts, boolean judgedWhole) {
  /** A candidate some key or a vector floor other than the short texts' proposes: verified as any other. */
  public Candidate(int docNumber, int sharedBands, int sharedAnchors, int sharedFacts) {
    this(docNumber, sharedBands, sharedAnchors, sharedFacts, false);
  }

  /** A candidate only the vector search proposes, {@code other}'s vector found from {@code query}'s from {@code minCosine}. */
  public static Candidate byVectorsAlone(int docNumber, byte[] query, byte[] other, double minCosine) {
    double cosine = DocumentVectorizer.cosine(query, other);
    return new Candidate(docNumber, 0, 0, 0, CloseVectors.closeOnlyAsShortTexts(query, other, cosine, minCosine));
  }
}
