package org.doppel.eval;

/**
 * Exact-match accuracy of one metadata field over the documents that were scored for it.
 *
 * @param field the field's name ("date", "title", …)
 * @param correct documents whose extracted value matched the expectation
 * @param scored documents scored
 */
public record FieldAccuracy(String field, int correct, int scored) {
  public FieldAccuracy {
    if (correct < 0 || scored < correct) {
      throw new IllegalArgumentException("need 0 <= correct <= scored, got " + correct + " of " + scored + " for " + field);
    }
  }

  /** correct / scored, or 0 when nothing was scored. */
  public double accuracy() {
    return scored == 0 ? 0 : (double) correct / scored;
  }
}
