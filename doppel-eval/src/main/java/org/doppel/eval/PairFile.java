package org.doppel.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * The usable content of one truth or prediction file.
 *
 * @param file where it was read from
 * @param pairs valid lines in file order, canonical, no pair twice
 * @param problems lines that were skipped (or passages that were dropped), in file order
 */
public record PairFile(Path file, List<LabelledPair> pairs, List<InputProblem> problems) {
  public PairFile {
    pairs = List.copyOf(pairs);
    problems = List.copyOf(problems);
  }
}
