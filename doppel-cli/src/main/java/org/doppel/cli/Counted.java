package org.doppel.cli;

/**
 * A count with its noun in the number the count asks for ("1 document", "3 documents"), for the summary lines a user
 * reads on stderr: "1 documents, 1 related pairs, 1 input problems" read as a program that never met a one.
 */
final class Counted {
  private Counted() {}

  /** {@code n} and the noun: the singular for exactly one, otherwise the singular with an "s". */
  static String of(long n, String singular) {
    return n == 1 ? "1 " + singular : n + " " + singular + "s";
  }
}
