package org.doppel.report;

/** Numbers as the JSON reports write them. */
final class JsonNumbers {
  private JsonNumbers() {}

  /**
   * A score or similarity to three decimals, as the JSON Lines, trace and photo reports and the HTML page's pair scores
   * give them: more digits would only show the noise of a float sum. (The page gives its sentence similarities and
   * direction confidences to two.)
   */
  static double threeDecimals(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
