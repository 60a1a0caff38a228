package org.doppel.spark;

import java.io.Serializable;
import org.doppel.ingest.SourceText;

/**
 * What reading a file yields: a document with its place in the read order, or a problem (a file or record
 * that could not be read) with its location.
 *
 * @param fileOrder the file's {@link InputFile#order()}
 * @param recordOrder the document's place within its file
 * @param document the document, or null for a problem
 * @param problem "location: what is wrong", or null for a document
 * @param note true when the line is a note of what a file held ({@link org.doppel.ingest.IngestProblem#note}), shown
 *     with the problems and not counted as one
 */
public record ReadItem(long fileOrder, long recordOrder, SourceText document, String problem, boolean note) implements Serializable {
  static ReadItem document(long fileOrder, long recordOrder, SourceText document) {
    return new ReadItem(fileOrder, recordOrder, document, null, false);
  }

  static ReadItem problem(long fileOrder, String problem) {
    return new ReadItem(fileOrder, -1, null, problem, false);
  }

  static ReadItem note(long fileOrder, String note) {
    return new ReadItem(fileOrder, -1, null, note, true);
  }

  boolean isDocument() {
    return document != null;
  }

  /** Read order over the whole input: file first, then place in the file. */
  boolean readBefore(ReadItem other) {
    return fileOrder != other.fileOrder ? fileOrder < other.fileOrder : recordOrder < other.recordOrder;
  }
}
