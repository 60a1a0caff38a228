package org.doppel.ingest;

/**
 * The summary line's words for a run's input problems, "16 input problems (15 skipped, 1 warning)", one text for
 * {@code doppel scan}, {@code index add}, {@code query} and the Spark job: whether a problem left a record or file out,
 * or only warned about one read all the same, is what a user deduplicating a crawl asks of the count.
 */
public final class ProblemSummary {
  /** How a problem's line ends when it left something out ({@link IngestProblem#toString()}). */
  public static final String SKIPPED_MARK = " (skipped)";

  private ProblemSummary() {}

  /** "{@code count} input problems ({@code skipped} skipped, the rest warnings)"; a run without any, "0 input problems". */
  public static String of(long count, long skipped) {
    String all = Counted.of(count, "input problem");
    return count == 0 ? all : all + " (" + skipped + " skipped, " + Counted.of(count - skipped, "warning") + ")";
  }

  /**
   * Whether a problem's line says that it left something out: where problems travel as their lines (the Spark job's),
   * the mark each skipped one ends in is what tells them from warnings.
   */
  public static boolean saysSkipped(String line) {
    return line.endsWith(SKIPPED_MARK);
  }
}
