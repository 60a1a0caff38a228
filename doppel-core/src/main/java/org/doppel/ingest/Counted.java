package org.doppel.ingest;

/**
 * A count with its noun in the number the count asks for ("1 document", "3 documents"), for what a user reads: the
 * summary lines on stderr and the reasons a report gives ("1 documents, 1 related pairs" and "1 reworded sentence pairs
 * cover …; 1 shared facts" read as a program that never met a one).
 */
public final class Counted {
  private Counted() {}

  /** {@code n} and the noun: the singular for exactly one, otherwise the singular with an "s". */
  public static String of(long n, String singular) {
    return n == 1 ? "1 " + singular : n + " " + singular + "s";
  }
}
