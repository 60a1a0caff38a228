package org.doppel.eval.extraction;

/** Exact-match accuracy of one metadata field over the pages whose expectation is not empty. */
public record FieldAccuracy(String field, int expected, int correct) {
  public double accuracy() {
    return expected == 0 ? 0 : (double) correct / expected;
  }
}
