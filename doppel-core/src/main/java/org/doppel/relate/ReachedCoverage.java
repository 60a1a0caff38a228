package org.doppel.relate;

import org.doppel.match.SentenceAlignment;

/**
 * How much of the shorter and of the longer text a reading by closest sentence partners covers, and the verdict its
 * floors give: the simplification and condensation readings ({@link SplitSentenceRewrite}, {@link CondensedSentenceRewrite})
 * differ in which side's sentences look for partners, not in how the pairs they find are weighed.
 *
 * @param shorter the shorter text's words in sentences paired, as a share of it
 * @param longer the longer text's words in sentences paired, as a share of it
 */
record ReachedCoverage(double shorter, double longer) {
  static ReachedCoverage of(SentenceAlignment closest) {
    boolean aShorter = closest.wordsA() <= closest.wordsB();
    return aShorter ? new ReachedCoverage(closest.coverageA(), closest.coverageB()) : new ReachedCoverage(closest.coverageB(), closest.coverageA());
  }

  /** A rewrite from {@code minPairs} pairs and both floors, scored 0.5 at the longer text's floor and 1 with it covered whole. */
  Verdict verdict(int pairs, int minPairs, double minShorter, double minLonger, String reason) {
    if (pairs < minPairs || shorter < minShorter || longer < minLonger) {
      return new Verdict(Relation.UNRELATED, 0, "not a rewrite: " + reason);
    }
    return new Verdict(Relation.PARAPHRASE, 0.5 + 0.5 * (longer - minLonger) / (1 - minLonger), reason);
  }
}
