package org.doppel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.doppel.ingest.Counted;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.ProblemSummary;
import org.doppel.ingest.TerminalText;

/**
 * A run's input problems, each said on stderr ({@code doppel: PROBLEM}) as it is met, and counted for the summary line; a
 * note (a crawl's summary, a file named twice) is said but counts as none, and a quiet run leaves it unsaid: a cron job
 * over a thousand clean WARC files wants no thousand lines. Reading threads may report at once, so they take turns.
 *
 * <p>Files skipped for one reason in the same words (a CMS export's 10,000 {@code .xml} files, each "XML whose root
 * element is &lt;export&gt;, not an RSS or Atom feed (…), which Doppel does not read") are named {@link #NAMED_PER_REASON} at a time, the rest counted and said
 * in one line by {@link #sayHeldBack} when the reading ends: ten thousand lines of one advice hid every other problem.
 * Each still counts in the summary's split.
 */
final class ProblemLines implements Consumer<IngestProblem> {
  private final PrintWriter err;
  private final boolean quiet;
  private int count;
  /** The problems that left something out (said with "(skipped)"), a repeated id's record among them. */
  private int skipped;
  /** How many files each reason of skipping left out so far, by its words, in the order first met. */
  private final Map<String, Integer> skippedByReason = new LinkedHashMap<>();

  /** The files named for one reason before the rest are only counted. */
  static final int NAMED_PER_REASON = 10;
  /**
   * The reasons kept apart at most: words that name a line or a byte differ for each problem and are said each time;
   * past this many the map would only grow with them.
   */
  private static final int REASONS_KEPT = 1_000;

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
    if (!(quiet && problem.note()) && !heldBack(problem)) {
      err.println("doppel: " + problem);
    }
  }

  /** True when {@code problem} is a file skipped for a reason already said {@link #NAMED_PER_REASON} times: counted, not said. */
  private boolean heldBack(IngestProblem problem) {
    if (!problem.skipped() || problem.note()) {
      return false;
    }
    Integer before = skippedByReason.get(problem.message());
    if (before == null) {
      if (skippedByReason.size() < REASONS_KEPT) {
        skippedByReason.put(problem.message(), 1);
      }
      return false;
    }
    skippedByReason.put(problem.message(), before + 1);
    return before >= NAMED_PER_REASON;
  }

  /**
   * Says, once the reading has ended, how many more files each reason skipped than were named ("… and 9990 more
   * files skipped for the same reason, not named: XML (…), which Doppel does not read: …"), and forgets them: a second call says nothing.
   */
  synchronized void sayHeldBack() {
    skippedByReason.forEach((reason, files) -> {
      if (files > NAMED_PER_REASON) {
        // the count as the summary line writes its counts, so that the two add up
        err.println("doppel: … and " + Counted.of(files - NAMED_PER_REASON, "more file") + " skipped for the same reason, not named: "
            + TerminalText.oneLine(reason));
      }
    });
    skippedByReason.clear();
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
