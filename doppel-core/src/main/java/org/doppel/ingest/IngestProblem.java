package org.doppel.ingest;

/**
 * Something in the input that Doppel could not read or had to guess about.
 *
 * @param location the file, with a line number or record offset where it helps
 * @param message what is wrong, in words a user can act on
 * @param skipped true when the document was left out of the scan, false for a warning
 */
public record IngestProblem(String location, String message, boolean skipped) {
  @Override
  public String toString() {
    // a file name or a quoted bit of input may hold a line break or an escape sequence: shown, not obeyed
    return TerminalText.oneLine(location) + ": " + TerminalText.oneLine(message) + (skipped ? " (skipped)" : "");
  }
}
