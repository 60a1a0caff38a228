package org.doppel.server;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * Queries run at most one per core at a time, first come first served. A query is CPU work
 * from start to end; fifty of them sharing two cores all finish late, while queued ones finish
 * in order, so the slowest answer under load is little worse than the typical one.
 */
final class QueryQueue {
  private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  /** A query over the index, which may fail as reading it may. */
  interface IndexWork<T> {
    T run() throws IOException;
  }

  /** Runs {@code work} when a core is free (503 if the server is shutting down meanwhile). */
  <T> T run(IndexWork<T> work) throws IOException {
    try {
      running.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is shutting down");
    }
    try {
      return work.run();
    } finally {
      running.release();
    }
  }
}
