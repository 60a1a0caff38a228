package org.doppel.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How a reader of several threads reads a root: decoding and the text metadata cost more than the reads, so files
 * are read a run at a time on one pool, each into its own buffers, at most a few runs ahead of the sink, and
 * handed on in name order on the calling thread, with their problems, as one thread would. Batches of 2,048 files
 * on a new pool each waited at every batch's end for its slowest file while the other thread idled. The first
 * runs are read while the folder is still being listed.
 */
final class ReadAhead {
  /** What reading one file gave: its documents and its problems, in order. */
  record FileResult(List<SourceText> documents, List<IngestProblem> problems) {}

  /** Reads one file on its own, into lists of its own: called on the pool's threads. */
  @FunctionalInterface
  interface FileReader {
    FileResult read(Path file, String name);
  }

  private final ForkJoinPool pool;
  private final int threads;
  private final CorpusWalk walk;
  private final FileReader reader;
  private final Consumer<IngestProblem> problems;

  ReadAhead(ForkJoinPool pool, int threads, CorpusWalk walk, FileReader reader, Consumer<IngestProblem> problems) {
    this.pool = pool;
    this.threads = threads;
    this.walk = walk;
    this.reader = reader;
    this.problems = problems;
  }

  /** Reads the files under {@code root} into {@code sink} and their problems to the problem sink, in name order. */
  void read(Path root, Consumer<SourceText> sink) {
    readInOrder(listedReadingAhead(root), sink);
  }

  /**
   * A file found by the walk and its name relative to the folder walked, read once by whichever asks first: a
   * run read while the folder is still being listed, or its turn in name order.
   */
  private final class PendingFile {
    private final Path file;
    private final @Nullable Path folder;
    private final AtomicBoolean claimed = new AtomicBoolean();
    /**
     * Where the reader puts what the file gave; dropped once taken, so that the list of a folder's files does not
     * hold every document read from it until the folder is done (the standing index does not keep them).
     */
    private volatile @Nullable CompletableFuture<FileResult> result = new CompletableFuture<>();

    /** @param folder the folder walked, or null for a file named on its own */
    PendingFile(Path file, @Nullable Path folder) {
      this.file = file;
      this.folder = folder;
    }

    /**
     * Reads the file here unless another thread has begun to; a failure is kept for {@link #result}. The result is
     * only dropped after it was put there, so the thread that claims the file always finds where to put it.
     */
    void readUnlessClaimed() {
      if (claimed.compareAndSet(false, true)) {
        CompletableFuture<FileResult> into = Objects.requireNonNull(result);
        try {
          into.complete(reader.read(file, CorpusWalk.nameOf(file, folder)));
        } catch (RuntimeException | Error e) {
          into.completeExceptionally(e);
        }
      }
    }

    /** What reading the file gave, read here or awaited from the thread that reads it; asked once. */
    FileResult result() {
      readUnlessClaimed();
      CompletableFuture<FileResult> read = Objects.requireNonNull(result, "a file's result is taken once");
      try {
        FileResult taken = read.join();
        result = null;
        return taken;
      } catch (CompletionException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
      }
    }
  }

  /** Files read together by one task of a parallel reader. */
  static final int FILES_PER_RUN = 64;

  /**
   * Files read while a folder is still being listed, at most: about 50 MB of news text held until its turn comes in
   * name order. A folder of 100,000 files took a third of a second to list and sort on one thread while the others
   * waited (docs/benchmarks.md, "Seventh pass"); with half as many read ahead, two threads still read theirs before
   * the listing and its sort were done and waited for them (a tenth of a second at 100,000 files, "Two threads
   * (branch feat-speed23)").
   */
  static final int FILES_READ_WHILE_LISTING = 256 * FILES_PER_RUN;

  /**
   * The files under {@code root} in name order, as {@link CorpusWalk#inWalkOrder} finds them; while the walk goes on, the pool
   * reads them in runs in the order found, up to {@link #FILES_READ_WHILE_LISTING}.
   */
  private List<PendingFile> listedReadingAhead(Path root) {
    List<PendingFile> files = new ArrayList<>();
    List<PendingFile> run = new ArrayList<>();
    boolean listed = walk.inWalkOrder(root, (file, folder) -> {
      PendingFile pending = new PendingFile(file, folder);
      files.add(pending);
      if (files.size() <= FILES_READ_WHILE_LISTING) {
        run.add(pending);
        if (run.size() == FILES_PER_RUN) {
          List<PendingFile> ahead = List.copyOf(run);
          pool.execute(() -> ahead.forEach(PendingFile::readUnlessClaimed));
          run.clear();
        }
      }
    });
    if (!listed) {
      return List.of(); // what was read ahead is dropped, as the files of a folder that cannot be listed
    }
    files.sort(Comparator.comparing((PendingFile pending) -> pending.file));
    return files;
  }

  private void readInOrder(List<PendingFile> files, Consumer<SourceText> sink) {
    OrderedChunks.map(pool, files, FILES_PER_RUN, 4 * threads, run -> run.stream().map(PendingFile::result).toArray(FileResult[]::new),
        (run, results) -> {
          for (FileResult result : results) {
            result.problems().forEach(problems);
            result.documents().forEach(sink);
          }
        }, RuntimeException.class);
  }
}
