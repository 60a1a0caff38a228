package org.doppel.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;

/**
 * The indexing threads' buffers of an {@link IndexWriter} written as segments on one thread per core at once, before a
 * commit: a commit alone writes them one after another on its own thread, and with a large RAM buffer that was a fifth
 * of a bulk add's CPU on one core while the other waited.
 */
final class ParallelFlush {
  private ParallelFlush() {}

  /** Writes every buffer of {@code writer}; nothing on a machine of one core, where the commit writes them as fast. */
  static void buffersOf(IndexWriter writer) throws IOException {
    int threads = Runtime.getRuntime().availableProcessors();
    if (threads < 2) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> flushes = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        flushes.add(pool.submit(() -> {
          while (writer.flushNextBuffer()) {
            // each call writes one buffer; another thread writes the next
          }
          return null;
        }));
      }
      for (Future<?> flush : flushes) {
        flush.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while flushing");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked; // a writer closed by another flush's failure: LuceneIndex.writing says which
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
