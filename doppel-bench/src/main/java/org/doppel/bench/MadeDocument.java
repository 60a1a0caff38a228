package org.doppel.bench;

import java.util.stream.IntStream;
import org.doppel.bench.SyntheticCorpus.Planted;

/**
 * A planted document and the paragraphs of its original that it keeps: two members of a family that share a partial
 * copy relate only when their kept paragraphs meet ({@link FamilyTruth}).
 */
record MadeDocument(Planted planted, int[] keptParagraphs) {
  /** The paragraphs {@code from} up to, not including, {@code to}. */
  static int[] range(int from, int to) {
    return IntStream.range(from, to).toArray();
  }
}
