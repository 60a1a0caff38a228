package org.doppel.index;

/**
 * A document the index proposes as possibly sharing text with the query.
 *
 * @param docNumber the candidate's number in the index
 * @param sharedBands LSH bands in common (resemblance evidence)
 * @param sharedAnchors anchor shingles and whole lines in common (containment evidence)
 * @param sharedFacts rare facts in common (rewrite evidence)
 */
public record Candidate(int docNumber, int sharedBands, int sharedAnchors, int sharedFacts) {}
