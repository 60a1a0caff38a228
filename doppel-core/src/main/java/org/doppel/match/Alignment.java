package org.doppel.match;

import java.util.List;

/**
 * The passages two documents share, with the totals the relation stage reasons on.
 *
 * @param passages shared passages, in the first document's order
 * @param wordsA content words of the first document
 * @param wordsB content words of the second document
 * @param coveredA words of the first document inside some passage
 * @param coveredB words of the second document inside some passage
 * @param matchedA words of the first document covered by a shared seed inside some passage
 * @param matchedB words of the second document covered by a shared seed inside some passage
 */
public record Alignment(List<Passage> passages, int wordsA, int wordsB, int coveredA, int coveredB, int matchedA, int matchedB) {
  /** No passage between two empty documents: for evidence that has no verbatim part. */
  public static final Alignment NONE = new Alignment(List.of(), 0, 0, 0, 0, 0, 0);

  public Alignment {
    passages = List.copyOf(passages);
  }

  /** Share of the first document's words that lie in shared passages. */
  public double coverageA() {
    return wordsA == 0 ? 0 : (double) coveredA / wordsA;
  }

  /** Share of the second document's words that lie in shared passages. */
  public double coverageB() {
    return wordsB == 0 ? 0 : (double) coveredB / wordsB;
  }

  /** Share of the words inside passages that are covered by exact shared seeds (1.0 for verbatim copies). */
  public double density() {
    int covered = coveredA + coveredB;
    return covered == 0 ? 0 : (double) (matchedA + matchedB) / covered;
  }

  public boolean isEmpty() {
    return passages.isEmpty();
  }
}
