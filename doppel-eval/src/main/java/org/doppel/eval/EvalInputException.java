package org.doppel.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** An evaluation input file cannot be used at all: missing, unreadable, or without a single valid line. */
public final class EvalInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public EvalInputException(String message) {
    super(message);
  }

  public EvalInputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** What a failure to read {@code file} says: missing, not UTF-8, or the reader's own message. */
  static EvalInputException reading(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new EvalInputException(file + ": no such file");
    }
    if (e instanceof CharacterCodingException) {
      return new EvalInputException(file + ": not UTF-8 text", e);
    }
    return new EvalInputException(file + ": cannot read: " + e.getMessage(), e);
  }
}
