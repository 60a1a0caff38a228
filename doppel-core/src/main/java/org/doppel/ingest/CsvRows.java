package org.doppel.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A table's bytes cut into its rows, one at a time, each bounded by the document limit as it is read: a row ends at a
 * line feed outside quotes, so a text's quoted line breaks stay in its row (RFC 4180), and a row over the limit costs
 * only itself, as a JSON Lines file's long line does. A quote opens a quoted cell only at the cell's start, and two
 * quotes inside one stand for one, as Commons CSV reads them ({@link CsvReader} parses each row's cells with it): the
 * cut and the parse agree on where a row ends. The bytes are cut before they are decoded, which the separators' and the
 * quote's being ASCII allows in UTF-8.
 */
final class CsvRows {
  /** One row: its bytes (empty when it was too long) and the line it starts on. */
  record Row(byte[] bytes, long firstLine, boolean tooLong) {}

  private final InputStream in;
  private final long maxRowBytes;
  private final Consumer<IngestProblem> problems;
  private final String location;
  private final byte[] chunk = new byte[1 << 16];
  private int at;
  private int filled;
  private boolean ended;
  /** The stream was cut short: the row it fell in is lost with the rest. */
  private boolean cut;
  /** Lines begun so far: the line the next row starts on, less one. */
  private long lines;
  /** The separators a cell ends at: the header row's are not known yet, so any of the three there. */
  private byte[] separators = {',', ';', '\t'};

  CsvRows(InputStream in, long maxRowBytes, String location, Consumer<IngestProblem> problems) {
    this.in = in;
    this.maxRowBytes = maxRowBytes;
    this.location = location;
    this.problems = problems;
  }

  /** Rows after the header are cut at {@code separator} only, the one the header was found to use. */
  void separatedBy(char separator) {
    separators = new byte[] {(byte) separator};
  }

  /**
   * The next row, or null at the end of the stream; a stream cut short (a truncated gzip) ends after the rows read
   * before the cut, which is reported with the lines read, unless it fails before its first line (which throws).
   */
  @Nullable Row next() throws IOException {
    ByteArrayOutputStream row = new ByteArrayOutputStream(1 << 12);
    boolean tooLong = false;
    boolean quoted = false;
    boolean quoteInQuoted = false; // the last byte was a quote inside a quoted cell: it closes it, or a quote follows
    boolean cellStart = true;
    long firstLine = lines + 1;
    while (true) {
      if (at == filled && !fill()) {
        if (cut || row.size() == 0 && !tooLong) {
          return null;
        }
        lines++;
        return new Row(row.toByteArray(), firstLine, tooLong);
      }
      int from = at;
      int end = -1;
      for (; at < filled; at++) {
        byte b = chunk[at];
        if (quoted) {
          if (quoteInQuoted) {
            quoteInQuoted = false;
            if (b == '"') {
              continue; // "" in a quoted cell: one quote
            }
            quoted = false; // the quote closed the cell; this byte is read as outside one
          } else {
            quoteInQuoted = b == '"';
            lines += b == '\n' ? 1 : 0; // a text's line break: the next row starts a line further on
            continue;
          }
        }
        if (b == '\n') {
          end = at;
          break;
        }
        quoted = b == '"' && cellStart;
        cellStart = isSeparator(b);
      }
      int to = end < 0 ? at : end;
      if (!tooLong) {
        row.write(chunk, from, to - from);
        if (row.size() > maxRowBytes) {
          tooLong = true;
          row = new ByteArrayOutputStream(0);
        }
      }
      if (end >= 0) {
        at = end + 1;
        lines++;
        return new Row(tooLong ? new byte[0] : row.toByteArray(), firstLine, tooLong);
      }
    }
  }

  /** Lines counted so far, for what a note says of the rows lost. */
  long lines() {
    return lines;
  }

  /** The first bytes of the stream, for the binary check, read ahead without being taken. */
  byte[] head() throws IOException {
    if (at == filled) {
      fill();
    }
    return Arrays.copyOfRange(chunk, at, filled);
  }

  private boolean isSeparator(byte b) {
    for (byte separator : separators) {
      if (b == separator) {
        return true;
      }
    }
    return false;
  }

  /** Reads the next chunk; false at the end of the stream, or where a compressed one is cut short after its first line. */
  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    try {
      int read = in.read(chunk);
      while (read == 0) {
        read = in.read(chunk);
      }
      at = 0;
      filled = Math.max(read, 0);
      ended = read < 0;
      return !ended;
    } catch (IOException e) {
      if (lines == 0) {
        throw e;
      }
      ended = true;
      cut = true;
      at = filled = 0;
      problems.accept(new IngestProblem(location + ":" + (lines + 1), ReadFailureReasons.of(e) + "; lines 1 to " + lines
          + " are read, this row and any after it are lost", false));
      return false;
    }
  }
}
