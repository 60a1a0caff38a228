package org.doppel.spark;

import java.util.Optional;
import org.apache.spark.SparkException;

/**
 * What the job says when Spark gives up on a task (it failed as many times as {@code spark.task.maxFailures} allows,
 * once in local mode): one line with the task's own error and what to do, after Spark's report. Before, the user got
 * Spark's stack traces alone (214 lines for a task out of heap, exit 52) and no word of the heap setting, of the
 * partitions, or of the output folder the stopped run leaves unfinished.
 */
final class TaskFailure {
  private TaskFailure() {}

  /**
   * The line for {@code error} thrown by a run writing to {@code out} (which it made when {@code written}), or empty when
   * it is not a task given up on.
   */
  static Optional<String> line(Throwable error, String out, boolean written) {
    if (!gaveUpOnATask(error)) {
      return Optional.empty();
    }
    Throwable cause = root(error);
    String unfinished = written ? "; " + out + " holds a run that did not finish: remove it before running again" : "";
    if (cause instanceof OutOfMemoryError) {
      return Optional.of("a task ran out of memory (" + cause.getMessage() + ") and the job stopped. Give each task more heap "
          + "(DOPPEL_SPARK_JAVA_OPTS=-Xmx8g in local mode, where the default is -Xmx4g; --conf spark.executor.memory=8g on a "
          + "cluster) or more --partitions, so that each task holds less" + unfinished);
    }
    return Optional.of("a task failed and the job stopped: " + cause + " (Spark's report above names the stage and the "
        + "executor; a task is tried spark.task.maxFailures times, 4 on a cluster, once in local mode)" + unfinished);
  }

  private static boolean gaveUpOnATask(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SparkException && t.getMessage() != null && t.getMessage().startsWith("Job aborted due to stage failure")) {
        return true;
      }
    }
    return false;
  }

  private static Throwable root(Throwable error) {
    Throwable deepest = error;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    return deepest;
  }
}
