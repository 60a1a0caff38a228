package org.doppel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.doppel.DoppelIndex;
import org.doppel.ingest.Counted;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;

/**
 * {@code index add}'s documents added to the index in batches, each batch on a thread of its own while the reader reads
 * the next (reading decodes and reads text metadata): one batch waits at most, so memory stays bounded. Commits after
 * every {@code commitEvery} documents and at the end ({@link #finish}), recording in the commit data how many this run
 * has added, and says each commit on stderr unless quiet. A failed write comes out of {@link #accept} or
 * {@link #finish} as an {@link UncheckedIOException}.
 */
final class BatchedAdds implements Consumer<SourceText> {
  private final DoppelIndex target;
  private final int commitEvery;
  private final int batchSize;
  private final Consumer<IngestProblem> problems;
  private final boolean quiet;
  private final PrintWriter err;
  private final ExecutorService adder;
  private final List<SourceText> batch = new ArrayList<>();
  private final List<Future<?>> pending = new ArrayList<>(1);
  private final Counts counts;

  /**
   * How many documents a run has added and how many of them wait for a commit: made before the index is opened, so
   * that a line said if the run is stopped can read them whenever it comes. Written on the adder's thread, read after
   * a wait for it, or by that line, which may see a count late.
   */
  static final class Counts {
    private volatile long added;
    private volatile long uncommitted;

    /** Documents added or replaced so far. */
    long added() {
      return added;
    }

    /** Documents of this run that the index has committed. */
    long committed() {
      return added - uncommitted;
    }
  }

  /** {@code adder} runs the batches one at a time; its owner shuts it down once the index is closed. */
  BatchedAdds(DoppelIndex target, ExecutorService adder, Counts counts, int commitEvery, Consumer<IngestProblem> problems,
      boolean quiet, PrintWriter err) {
    this.target = target;
    this.adder = adder;
    this.counts = counts;
    this.commitEvery = commitEvery;
    this.batchSize = Math.min(commitEvery, 1000);
    this.problems = problems;
    this.quiet = quiet;
    this.err = err;
  }

  /** Takes one document; a full batch is handed to the adder once the one before is added. */
  @Override
  public void accept(SourceText source) {
    batch.add(source);
    if (batch.size() == batchSize) {
      List<SourceText> full = List.copyOf(batch);
      batch.clear();
      awaitPending();
      pending.add(adder.submit(() -> flush(full, false)));
    }
  }

  /** Adds what is left, after the batch being added, and commits. */
  void finish() {
    awaitPending();
    flush(List.copyOf(batch), true);
  }

  private void awaitPending() {
    try {
      for (Future<?> f : pending) {
        f.get();
      }
      pending.clear();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while adding", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Adds the batch; commits when {@code commitEvery} documents wait or at the end. */
  private void flush(List<SourceText> documents, boolean last) {
    try {
      target.add(documents, problems);
      counts.added += documents.size();
      counts.uncommitted += documents.size();
      if (counts.uncommitted >= commitEvery || (last && counts.uncommitted > 0)) {
        target.commit(Map.of(IndexCommand.COMMITTED_DOCUMENTS, Long.toString(counts.added)));
        counts.uncommitted = 0;
        if (!quiet) {
          err.println("doppel: committed " + Counted.of(counts.added, "document"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
