package org.doppel.eval;

import java.nio.file.Path;

/**
 * A line of an evaluation input file that was skipped or only partly used.
 *
 * @param file the file
 * @param line 1-based line number
 * @param message what is wrong
 */
public record InputProblem(Path file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
