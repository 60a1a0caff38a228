package org.doppel.report;

import org.doppel.ingest.TerminalText;

/** Passages quoted in terminal reports: whitespace flattened, control characters shown inert ({@link TerminalText}), long ones cut in the middle. */
final class Quote {
  private Quote() {}

  /** {@code passage} on one line, at most about {@code max} chars, with " […] " where the middle was cut. */
  static String shorten(String passage, int max) {
    String flat = TerminalText.inert(passage.replaceAll("\\s+", " ").strip());
    if (flat.length() <= max) {
      return flat;
    }
    int half = max / 2 - 3;
    return flat.substring(0, half) + " […] " + flat.substring(flat.length() - half);
  }
}
