package org.doppel.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a UTF-8 file line by line, handing each non-blank line to a handler with its line number,
 * and turns every reading failure into an {@link EvalInputException} naming the file: the part that
 * every line-oriented evaluation input shares.
 */
final class NonBlankLines {
  /** Receives one non-blank line. */
  @FunctionalInterface
  interface Handler {
    void line(int number, String text);
  }

  private NonBlankLines() {}

  /** @return how many non-blank lines the file has */
  static int read(Path file, Handler handler) throws EvalInputException {
    int nonBlank = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      int number = 0;
      while ((text = reader.readLine()) != null) {
        number++;
        if (!text.isBlank()) {
          nonBlank++;
          handler.line(number, text);
        }
      }
    } catch (IOException e) {
      throw EvalInputException.reading(file, e);
    }
    return nonBlank;
  }
}
