package org.doppel;

import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Guards one {@link Corpus}'s documents and index among threads: adds write, queries read. A query running beside
 * an add read the index's postings while the add grew them (an ArrayIndexOutOfBoundsException in SortedPostings,
 * seen from an embedder's threads). Adds take turns and each waits for the queries running when it comes; queries
 * run side by side.
 *
 * <p>A query's parallel work runs on pools this lock makes ({@link #onPool}); their workers run for a thread that
 * holds the lock already, so they do not ask for it again.
 */
final class CorpusLock {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /**
   * {@code query}'s value, with adds held off while it runs (queries run side by side). A worker of this lock's
   * own pools runs for a thread that holds the lock already, and does not ask for it: behind a waiting add it would
   * wait for that add, which waits for the query, which waits for the worker (a {@link ScanProgress} that asked
   * {@link Corpus#size()} while another thread added).
   */
  <T> T reading(Supplier<T> query) {
    if (onOwnWorker()) {
      return query.get();
    }
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** {@code add}'s value, with queries and other adds held off while it runs. */
  <T> T writing(Supplier<T> add) {
    if (lock.getReadHoldCount() > 0 || onOwnWorker()) {
      // the read lock cannot become the write lock: this thread would wait for itself for ever
      throw new IllegalStateException("a document cannot be added while this thread runs a query of the same corpus"
          + " (from its ScanProgress): add it after the query returns");
    }
    lock.writeLock().lock();
    try {
      return add.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private boolean onOwnWorker() {
    return Thread.currentThread() instanceof Worker worker && worker.holder == this;
  }

  /** A pool of {@code threads} whose workers run for a thread holding this lock; shut it down when done. */
  ForkJoinPool pool(int threads) {
    return pool(threads, this);
  }

  /** Runs {@code work} on a pool of {@code threads} whose workers run for this thread, which holds this lock. */
  <T> T onPool(int threads, Callable<T> work) {
    return onPool(threads, this, work);
  }

  /** Runs {@code work} on its own pool of {@code threads}, so its parallel streams use that many. */
  static <T> T onPool(int threads, @Nullable CorpusLock holder, Callable<T> work) {
    ForkJoinPool pool = pool(threads, holder);
    try {
      return PoolResults.result(pool.submit(work));
    } finally {
      pool.shutdown();
    }
  }

  private static ForkJoinPool pool(int threads, @Nullable CorpusLock holder) {
    return new ForkJoinPool(threads, pool -> new Worker(pool, holder), null, false);
  }

  /** A worker thread of a pool run for a thread that holds {@code holder} (null for none). */
  private static final class Worker extends ForkJoinWorkerThread {
    private final @Nullable CorpusLock holder;

    Worker(ForkJoinPool pool, @Nullable CorpusLock holder) {
      super(pool);
      this.holder = holder;
    }
  }
}
