package org.doppel.ingest.warc;

/**
 * The counts a pass keeps of a crawl's records, and what they decide: a record's number in its location ({@code #N}),
 * whether an earlier pass over the same crawl took it or named its break already, and where a pass reading the crawl
 * again starts ({@link RecordPass#again}).
 */
final class RecordNumbers {
  /** The records an earlier pass over the same crawl took: read again here, not taken again. */
  private final int taken;
  /** The record count at which an earlier pass named a broken record (-1: none), so it is not named twice. */
  private final int namedBefore;
  private int records; // read so far, the one being taken included
  /** The broken places named so far, each counted as one record in the records' numbers ({@code #N}). */
  private int lostRecords;
  /** The record count when this pass last named a broken record. */
  private int reportedRecords = -1;
  /** Set when the crawl's first record runs into the next in its gzip member: left to the pass that reads it decompressed. */
  private boolean firstLeft;

  RecordNumbers(RecordPass.Start start) {
    this.taken = start.taken();
    this.namedBefore = start.namedBefore();
  }

  /** The records read so far, the one being taken included. */
  int records() {
    return records;
  }

  /** Counts a record read whole; true where an earlier pass took it (this pass reads it again, and only that). */
  boolean countTakenBefore() {
    records++;
    return records <= taken;
  }

  /** Whether jwarc's warnings now are about a record an earlier pass took and warned about. */
  boolean warnedBefore() {
    return records <= taken && taken > 0;
  }

  /** Whether the record read last is the crawl's first, read by the first pass over it. */
  boolean atFirstOfFirstPass() {
    return taken == 0 && records == 1;
  }

  /** The record read last's number among the crawl's records, each broken place counted as one. */
  int number() {
    return records + lostRecords;
  }

  /** Whether a break now may be named: no earlier pass took the record before it, nor named it. */
  boolean mayName() {
    return records >= taken && records != namedBefore;
  }

  /** Counts a broken place named, in the records' numbers from now on. */
  void lost() {
    lostRecords++; // the records after it keep their numbers in the crawl, as after a record named truncated
  }

  /** Notes that a broken record was said now. */
  void named() {
    reportedRecords = records;
  }

  /** Leaves the crawl's first record, read last, to the pass that reads it decompressed. */
  void leaveFirst() {
    firstLeft = true;
  }

  /** The records read before now by this pass or an earlier one. */
  int seen() {
    return Math.max(records, taken);
  }

  /** The records this pass and those before it took whole: a first record left to the next pass is not among them. */
  int tookWhole() {
    return firstLeft ? records - 1 : Math.max(records, taken);
  }

  /** The record count when this pass last named a broken record (-1: none). */
  int reportedRecords() {
    return reportedRecords;
  }
}
