package org.doppel.cli;

import java.io.PrintWriter;
import java.util.List;
import org.doppel.eval.InputProblem;

/**
 * The placeholder lines of the rows {@code pairs} skipped: an empty score and an empty label, so the output keeps one
 * line per row of the file (blank lines and the header excepted) and a script that pastes the output beside the rows
 * stays aligned when a row is bad.
 */
final class SkippedRowLines {
  /** An empty score, a tab, an empty label: the two columns of a scored row, both empty. */
  static final String PLACEHOLDER = "\t";
  private final List<InputProblem> skipped;
  private final PrintWriter out;
  private int next;

  /** {@code skipped}: the file's skipped rows in line order. */
  SkippedRowLines(List<InputProblem> skipped, PrintWriter out) {
    this.skipped = skipped;
    this.out = out;
  }

  /** Prints the placeholder of each skipped row above file line {@code line} not printed yet. */
  void printBefore(int line) {
    while (next < skipped.size() && skipped.get(next).line() < line) {
      out.println(PLACEHOLDER);
      next++;
    }
  }
}
