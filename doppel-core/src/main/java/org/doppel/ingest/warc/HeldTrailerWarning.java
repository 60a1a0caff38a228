package org.doppel.ingest.warc;

/**
 * jwarc's warnings about the record last read whole, with a missing trailer held back: in a .warc.gz written a gzip
 * member a record, a record whose Content-Length runs into the next member has no trailer, and the record there is then
 * whole, not broken; the warning is said once it is known the record ran into no other.
 */
final class HeldTrailerWarning {
  private final DamageReports reports;
  /** Where the last record read whole was named ({@code FILE@OFFSET#N}): jwarc warns about a record once past it. */
  private String lastLocation;
  /** The start of the gzip member whose record's trailer jwarc found missing, its warning held back (-1: none). */
  private long missingAt = -1;

  HeldTrailerWarning(DamageReports reports, String name) {
    this.reports = reports;
    this.lastLocation = name;
  }

  /** Names the record read whole last, which jwarc's warnings from now on are about. */
  void lastRecordAt(String location) {
    lastLocation = location;
  }

  /** Says jwarc's {@code message} about the record read last. */
  void warn(String message) {
    reports.warn(lastLocation, "WARC warning: " + message);
  }

  /** Holds back a missing trailer of the record in the gzip member at {@code memberStart}, saying one held before. */
  void hold(long memberStart) {
    say(); // an earlier one not yet said
    missingAt = memberStart;
  }

  /** Whether the trailer held back is that of the member at {@code memberStart}. */
  boolean isHeldAt(long memberStart) {
    return missingAt >= 0 && missingAt == memberStart;
  }

  /** Says a held-back missing trailer as jwarc's warning, where it was no record running into the next member. */
  void say() {
    if (missingAt >= 0) {
      warn(DamageWords.TRAILER_WARNING);
      missingAt = -1;
    }
  }

  /** Says, in the place of the trailer held back, that the record ran past its member into the record at byte {@code next}. */
  void sayPastItsMember(long next) {
    missingAt = -1;
    reports.warn(lastLocation, DamageWords.pastItsMember(next));
  }
}
