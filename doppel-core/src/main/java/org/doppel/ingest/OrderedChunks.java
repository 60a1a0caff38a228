package org.doppel.ingest;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Items cut into chunks, each chunk mapped on a pool and its result handed on in the items' order, on the
 * calling thread, with at most {@code ahead} chunks mapped and not yet handed on: the bounded in-order pipeline
 * of reading files (ingest), adding documents (the corpus) and formatting a report (report). In the ingest
 * stage so that every later stage may use it. The results are those of mapping the chunks one by one, whatever
 * the pool's size; bounding the chunks ahead keeps memory to a few chunks' results, where submitting every chunk
 * at once let the pool run far ahead of the consumer and the waiting results outlive young collections.
 */
public final class OrderedChunks {
  private OrderedChunks() {}

  /** What a chunk becomes; may throw {@code X}. */
  @FunctionalInterface
  public interface Mapping<T, R, X extends Exception> {
    R map(List<T> chunk) throws X;
  }

  /** Takes each chunk with what it became, in order; may throw {@code X}. */
  @FunctionalInterface
  public interface Sink<T, R, X extends Exception> {
    void accept(List<T> chunk, R result) throws X;
  }

  /**
   * Maps {@code items} a chunk of {@code chunkSize} at a time on {@code pool} and hands each chunk with its result
   * to {@code sink} in order, here. A failure of a mapping reaches the caller as it was thrown: an unchecked
   * exception or error as it is, a checked one when it is an {@code X}; the chunks still running are left to the
   * pool, whose owner shuts it down. Mapping stops at the first failure.
   *
   * @param ahead chunks mapped (or being mapped) before their turn; at least 1
   * @param failure the checked exceptions a mapping or the sink may throw
   */
  public static <T, R, X extends Exception> void map(ExecutorService pool, List<T> items, int chunkSize, int ahead,
      Mapping<T, R, X> mapping, Sink<T, R, X> sink, Class<X> failure) throws X {
    if (chunkSize < 1 || ahead < 1) {
      throw new IllegalArgumentException("chunkSize and ahead must be >= 1, got " + chunkSize + " and " + ahead);
    }
    ArrayDeque<Future<Outcome<R>>> running = new ArrayDeque<>();
    ArrayDeque<List<T>> chunks = new ArrayDeque<>();
    int next = 0;
    while (next < items.size() || !running.isEmpty()) {
      while (next < items.size() && running.size() < ahead) {
        List<T> chunk = items.subList(next, Math.min(items.size(), next + chunkSize));
        running.add(pool.submit(() -> Outcome.of(() -> mapping.map(chunk))));
        chunks.add(chunk);
        next += chunk.size();
      }
      sink.accept(chunks.poll(), result(running.poll(), failure));
    }
  }

  /**
   * What mapping a chunk gave: its result or what it threw. Caught in the task, so that the caller gets the
   * very exception (a fork-join pool's {@code get} hands over a copy made on the calling thread).
   */
  private record Outcome<R>(@Nullable R result, @Nullable Throwable failure) {
    static <R> Outcome<R> of(Callable<R> work) {
      try {
        return new Outcome<>(work.call(), null);
      } catch (Throwable e) {
        return new Outcome<>(null, e);
      }
    }
  }

  private static <R, X extends Exception> R result(Future<Outcome<R>> work, Class<X> failure) throws X {
    Outcome<R> outcome;
    try {
      outcome = work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause()); // the task catches everything; only a cancelled pool lands here
    }
    Throwable cause = outcome.failure();
    if (cause == null) {
      return Objects.requireNonNull(outcome.result(), "a mapping returned null");
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    if (failure.isInstance(cause)) {
      throw failure.cast(cause);
    }
    throw new IllegalStateException(cause);
  }
}
