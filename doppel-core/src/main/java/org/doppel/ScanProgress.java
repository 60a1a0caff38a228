package org.doppel;

/** Told how far a long operation has got; called from worker threads. */
@FunctionalInterface
public interface ScanProgress {
  ScanProgress NONE = (phase, done, total) -> {};

  void update(String phase, long done, long total);
}
