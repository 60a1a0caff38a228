package org.doppel.provenance;

/**
 * How many facts (numbers, names, quotations) each side's passages state that the other side's passages lack
 * ({@link FactSubsetSignal#missingFacts}).
 *
 * @param a facts of document a's passages with a word that b's passages lack
 * @param b facts of document b's passages with a word that a's passages lack
 */
record MissingFactCounts(int a, int b) {
  /** How many more such facts {@code id}'s side states than the other side: negative when the other states more. */
  int leadOf(PairContext pair, String id) {
    return id.equals(pair.a().id()) ? a - b : b - a;
  }
}
