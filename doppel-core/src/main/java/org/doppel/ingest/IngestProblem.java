package org.doppel.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Something in the input that Doppel could not read or had to guess about, or a note of what a file held.
 *
 * @param location the file, with a line number or record offset where it helps
 * @param message what is wrong, in words a user can act on
 * @param skipped true when the document was left out of the scan, false for a warning
 * @param note true for a line that says what a file held (a crawl's pages read and other records passed over), which
 *     is shown with the problems but is none: a clean WARC file is not an input problem
 */
public record IngestProblem(String location, String message, boolean skipped, boolean note) {
  public IngestProblem(String location, String message, boolean skipped) {
    this(location, message, skipped, false);
  }

  /** A folder that could not be listed (or opened) for {@code e}, named and skipped in a reader's words ("permission denied"). */
  public static IngestProblem folderNotListed(Path folder, IOException e) {
    return new IngestProblem(folder.toString(), "cannot list folder: " + ReadFailureReasons.of(e), true);
  }

  /** A folder whose walk stopped with {@code e}, raised inside the walk, named with the exception's own words. */
  public static IngestProblem folderNotListed(Path folder, UncheckedIOException e) {
    return new IngestProblem(folder.toString(), "cannot list folder: " + e.getMessage(), true);
  }

  /** A line shown with the problems that counts as none ({@link #note}). */
  public static IngestProblem note(String location, String message) {
    return new IngestProblem(location, message, false, true);
  }

  @Override
  public String toString() {
    // a file name or a quoted bit of input may hold a line break or an escape sequence: shown, not obeyed
    return TerminalText.oneLine(location) + ": " + TerminalText.oneLine(message) + (skipped ? ProblemSummary.SKIPPED_MARK : "");
  }
}
