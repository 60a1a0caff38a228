package org.doppel;

/** Told how far a long operation has got; called from worker threads. */
@FunctionalInterface
public interface ScanProgress {
  /** Tells nothing: for a caller that shows no progress. */
  ScanProgress NONE = (phase, done, total) -> {};

  /**
   * {@code done} of {@code total} steps of {@code phase} ("candidates", then "verify") are done. Called from the
   * corpus's worker threads too, so it must be thread-safe; adding to the corpus from it fails
   * ({@link IllegalStateException}), since the query it reports on holds adds off.
   */
  void update(String phase, long done, long total);
}
