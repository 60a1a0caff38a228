package org.doppel.provenance;

/**
 * The walk the whole-text number scans share: a run of digits joined by a point or comma with a digit on both sides
 * ("4,000", "2.5", "1.2.3"), as {@code \d+(?:[.,]\d+)*} matches it. Its two readers differ on purpose in which digits
 * count, each as the pattern it was fitted with reads {@code \d}: {@link PairContext#numbers} ASCII's only (Java's
 * {@code \d}), {@link GroupFactsRoot#figures} any script's (Python's, the screen's); so the choice is a parameter.
 */
final class NumberRuns {
  private NumberRuns() {}

  /**
   * Whether {@code c} is a digit: an ASCII digit, or with {@code anyScript} any script's ({@link Character#isDigit(char)},
   * whose answer for ASCII is the same), ASCII answered without it (the scans read every char of a text).
   */
  static boolean isDigit(char c, boolean anyScript) {
    return c < 0x80 ? c >= '0' && c <= '9' : anyScript && Character.isDigit(c);
  }

  /** Where the run that starts at the digit {@code start} ends: past its last digit. */
  static int end(String text, int start, boolean anyScript) {
    int length = text.length();
    int i = digitsEnd(text, start, anyScript);
    while (i + 1 < length && (text.charAt(i) == '.' || text.charAt(i) == ',') && isDigit(text.charAt(i + 1), anyScript)) {
      i = digitsEnd(text, i + 1, anyScript);
    }
    return i;
  }

  /** The end of the digits from {@code i}. */
  private static int digitsEnd(String text, int i, boolean anyScript) {
    while (i < text.length() && isDigit(text.charAt(i), anyScript)) {
      i++;
    }
    return i;
  }
}
