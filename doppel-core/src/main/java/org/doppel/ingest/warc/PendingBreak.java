package org.doppel.ingest.warc;

import org.jspecify.annotations.Nullable;

/**
 * A broken record's message, held until the pass knows what became of the records after it: the first record start
 * found after a break may be the broken record's own, read again in vain, so the message is said once the next record
 * is read, or once nothing more can be.
 */
final class PendingBreak {
  private @Nullable String message;
  private String location = "";
  /** Where the walk first resumed after the broken record waiting to be said (-1: unknown): that record's own start. */
  private long resume = -1;

  /** Holds the message of the record broken at {@code location}, after which reading resumed at {@code resume}. */
  void hold(String location, String message, long resume) {
    this.location = location;
    this.message = message;
    this.resume = resume;
  }

  boolean isHeld() {
    return message != null;
  }

  /** Forgets the message held: a pass that reads the crawl again says it. */
  void drop() {
    message = null;
  }

  /** Where reading first resumed after the record last held (-1: unknown). */
  long resume() {
    return resume;
  }

  /** Names the record held as broken, with {@code outcome} (what became of the records after it), and forgets it. */
  void sayTo(DamageReports reports, String outcome) {
    if (message != null) {
      reports.brokenRecord(location, message + outcome);
      message = null;
    }
  }
}
