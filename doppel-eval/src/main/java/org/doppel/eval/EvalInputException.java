package org.doppel.eval;

/** An evaluation input file cannot be used at all: missing, unreadable, or without a single valid line. */
public final class EvalInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public EvalInputException(String message) {
    super(message);
  }

  public EvalInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
