package org.doppel.index;

import org.apache.lucene.index.ConcurrentMergeScheduler;

/**
 * Lucene's merge scheduler, without the stack trace its merge threads print when a merge fails (a full disk, a
 * folder that refuses files): the writer keeps the failure, and {@link LuceneIndex#forceMerge} or the next write reports it
 * as an {@link IndexWriteException}.
 */
final class QuietMergeScheduler extends ConcurrentMergeScheduler {
  @Override
  protected void handleMergeException(Throwable failure) {
    // kept by the writer and reported by the call that meets it
  }
}
