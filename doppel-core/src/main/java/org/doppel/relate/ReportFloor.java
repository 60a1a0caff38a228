package org.doppel.relate;

import org.doppel.match.PassageEvidence;

/**
 * The least a pair must show to be reported: what a careful reader would call reuse. Exact copies,
 * near-duplicates and paraphrases always show it; a partial copy needs one passage with at least
 * {@code minOwnWords} words outside quotation marks and stock text (on each side), or a whole
 * paragraph or heading taken over with at least one such word. A shared quotation, a site's
 * newsletter prompt, an agency's footer or a short sign-off closing both texts alone is not reported. Every pair also needs a score of at
 * least {@code minScore}. Stock text is learned from the corpus: a line (paragraph, heading, prompt)
 * seen in at least {@code stockSurroundings} different surroundings; or known by its form: a
 * sentence that appeals to the reader, gives contact details, notes something about the text itself
 * or is a language model's prompt scaffolding ({@code document.StockSentences}). Measurements behind the
 * defaults: docs/parameters.md#report-floor.
 *
 * @param minOwnWords words of a partial copy's best passage outside quotations and stock text; 0
 *     turns the evidence test off
 * @param minScore the lowest score reported
 * @param stockSurroundings distinct surroundings (the lines before and after) in which a line must
 *     recur to be stock; 0 learns no stock lines
 */
public record ReportFloor(int minOwnWords, double minScore, int stockSurroundings) {
  /**
   * The default: a partial copy needs 6 words of its own in one passage (or a whole paragraph); a
   * line is stock once seen in 8 different surroundings; no score floor. Chosen on the fit halves
   * of the development data (docs/parameters.md#report-floor).
   */
  public static final ReportFloor DEFAULTS = new ReportFloor(6, 0.0, 8);
  /** Every pair verification finds, shared quotations and boilerplate included. */
  public static final ReportFloor NONE = new ReportFloor(0, 0.0, 0);

  public ReportFloor {
    if (minOwnWords < 0) {
      throw new IllegalArgumentException("minOwnWords must be >= 0, got " + minOwnWords);
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore must be in 0..1, got " + minScore);
    }
    if (stockSurroundings < 0) {
      throw new IllegalArgumentException("stockSurroundings must be >= 0, got " + stockSurroundings);
    }
  }

  /** Only the score counts: every pair scoring at least {@code minScore}, whatever its passages are made of. */
  public static ReportFloor scoreOnly(double minScore) {
    return new ReportFloor(0, minScore, 0);
  }

  /** True when the floor looks at the passages' words, so the caller must measure them. */
  public boolean weighsPassages() {
    return minOwnWords > 0;
  }

  /** True when a pair with this verdict and passage evidence is reported. */
  public boolean admits(Verdict verdict, PassageEvidence evidence) {
    if (verdict.score() < minScore) {
      return false;
    }
    if (verdict.relation() != Relation.PARTIAL || !weighsPassages()) {
      return true;
    }
    return evidence.mostOwnWords() >= minOwnWords || evidence.ownLine();
  }
}
