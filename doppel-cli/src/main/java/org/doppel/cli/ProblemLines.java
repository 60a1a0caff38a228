package org.doppel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.doppel.ingest.Counted;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.ProblemSummary;

/**
 * A run's input problems, each said on stderr ({@code doppel: PROBLEM}) as it is met, and counted for the summary line; a
 * note (a crawl's summary, a file named twice) is said but counts as none, and a quiet run leaves it unsaid: a cron job
 * over a thousand clean WARC files wants no thousand lines. Reading threads may report at once, so they take turns.
 */
final class ProblemLines implements Consumer<IngestProblem> {
  private final PrintWriter err;
  private final boolean quiet;
  private int count;
  /** The problems that left something out (said with "(skipped)"), a repeated id's record among them. */
  private int skipped;

  ProblemLines(PrintWriter err) {
    this(err, false);
  }

  /** @param quiet leave notes unsaid; problems are said all the same */
  ProblemLines(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public synchronized void accept(IngestProblem problem) {
    count += problem.note() ? 0 : 1;
    skipped += problem.skipped() ? 1 : 0;
    if (!(quiet && problem.note())) {
      err.println("doppel: " + problem);
    }
  }

  /** Says a problem met outside the reader (a repeated id, say), {@code line} being the whole line, and counts it. */
  synchronized void counted(String line) {
    count++;
    skipped++;
    err.println(line);
  }

  synchronized int count() {
    return count;
  }

  synchronized int skipped() {
    return skipped;
  }

  /**
   * The summary line's words for the problems met: "16 input problems (15 skipped, 1 warning)", by
   * {@link ProblemSummary#of}, so that the Spark job's summary says its problems in the same words.
   */
  synchronized String summary() {
    return ProblemSummary.of(count, skipped);
  }

  /**
   * The line for a run that read not one {@code what} (document, picture) from {@code paths}: such a run must fail
   * (exit 2) so that a script with a mistyped path notices, instead of reporting "0 pairs".
   */
  static String nothingRead(String what, List<Path> paths, long problems) {
    return "doppel: no " + what + " could be read from " + ShownPaths.of(paths) + " (" + Counted.of(problems, "input problem") + ")";
  }
}
