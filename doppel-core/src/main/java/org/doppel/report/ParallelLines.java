package org.doppel.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.doppel.ingest.OrderedChunks;

/**
 * A report of one line per item, formatted a chunk of items at a time on several threads and written in the
 * items' order: the same text as formatting them all on one thread, when each line depends on its item alone.
 * Writing a scan's report after everything else had both cores for one (docs/benchmarks.md, "Sixth pass").
 * At most {@code 2 * threads} chunks wait formatted, so the report is never held whole in memory.
 */
final class ParallelLines {
  /** Items formatted together: enough that a chunk's task costs more than handing it over. */
  static final int CHUNK = 512;

  private ParallelLines() {}

  /** Writes {@code items} (a chunk, or all of them) as their lines. */
  interface Format<T> {
    void write(Iterable<T> items, Writer out) throws IOException;
  }

  /**
   * Writes the lines of {@code items} to {@code out}, formatted on {@code threads} threads when they are a list (other
   * items, e.g. a stream's, are formatted on this thread as they come: cutting them into chunks would hold them all).
   */
  static <T> void write(Iterable<T> items, int threads, Format<T> format, Writer out) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (threads == 1 || !(items instanceof List<T> list) || list.size() <= CHUNK) {
      format.write(items, out);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads); // a failure reaches the caller as it was thrown
    try {
      OrderedChunks.map(pool, list, CHUNK, 2 * threads, chunk -> {
        StringWriter lines = new StringWriter();
        try {
          format.write(chunk, lines);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        return lines.toString();
      }, (chunk, lines) -> out.write(lines), IOException.class);
    } finally {
      pool.shutdownNow();
    }
  }
}
