package org.doppel.ingest.meta;

/**
 * Runs of whitespace as one space, trimmed, without a regex: {@code replaceAll("\\s+", " ").strip()} compiled a pattern
 * for every short block of every page (5 % of extraction time) and for every metadata value a scan reads.
 */
final class Whitespace {
  private Whitespace() {}

  /**
   * {@code raw} with each run of {@code \s} (space, tab, line breaks, form feed), and of no-break spaces when
   * {@code noBreakSpaces}, as one space, stripped: the same as {@code replaceAll("\\s+", " ").strip()} (after mapping
   * U+00A0 to a space when asked).
   */
  static String collapse(CharSequence raw, boolean noBreakSpaces) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b' || noBreakSpaces && c == '\u00a0') {
        pendingSpace = !out.isEmpty();
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    // strip() as the regex form did: other Unicode spaces at the ends go too
    return out.toString().strip();
  }
}
