package org.doppel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The values of work run on a pool, handed to the caller with the exceptions the work threw, as it threw them. */
final class PoolResults {
  private PoolResults() {}

  /**
   * The exception a task threw, where the pool hands the caller a copy of it: thrown on another thread, it comes
   * back as a new exception of its class whose message is the original's {@code toString()}, so that the caller
   * read "java.lang.IllegalArgumentException: no document with id …" where the task said "no document with id …".
   * A task that joined a parallel stream's subtask can hold a copy already, which the pool copies again: every
   * layer of copies is taken off (which layers there are depends on which threads ran the subtasks).
   */
  private static RuntimeException original(RuntimeException thrown) {
    RuntimeException exception = thrown;
    while (exception.getCause() instanceof RuntimeException cause && cause.getClass() == exception.getClass()
        && cause.toString().equals(exception.getMessage())) {
      exception = cause;
    }
    return exception;
  }

  /** The value of finished or running {@code work}, its unchecked exception rethrown as it was. */
  static <T> T result(Future<T> work) {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw original(runtime);
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
