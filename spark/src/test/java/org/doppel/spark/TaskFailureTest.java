package org.doppel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

/** The line the job adds to Spark's report of a task given up on (nineteenth tour: a task out of heap was 214 lines of traces). */
class TaskFailureTest {
  private static SparkException abort(Throwable cause) {
    return new SparkException("Job aborted due to stage failure: Task 0 in stage 1.0 failed 1 times, most recent failure: "
        + "Lost task 0.0 in stage 1.0 (TID 2) (localhost executor driver): " + cause, cause);
  }

  @Test
  void aTaskOutOfHeapIsToldWithTheFileItReadAndWhatToDo() {
    var error = abort(new OutOfMemoryError("Java heap space while reading file:///dump/huge/feed.jsonl"));

    assertThat(TaskFailure.line(error, "/runs/tuesday", true)).hasValue("a task ran out of memory (Java heap space while reading "
        + "file:///dump/huge/feed.jsonl) and the job stopped. Give each task more heap (DOPPEL_SPARK_JAVA_OPTS=-Xmx8g in local "
        + "mode, where the default is -Xmx4g; --conf spark.executor.memory=8g on a cluster) or more --partitions, so that each "
        + "task holds less; /runs/tuesday holds a run that did not finish: remove it before running again");
    assertThat(TaskFailure.line(error, "/runs/tuesday", false)).hasValueSatisfying(line -> assertThat(line).endsWith("so that each task holds less"));
  }

  @Test
  void anotherTaskFailureIsToldWithItsCauseAndAnErrorThatIsNoTaskFailureIsLeftToTheCaller() {
    assertThat(TaskFailure.line(abort(new IllegalStateException("disk full")), "out", true)).hasValueSatisfying(line -> assertThat(line)
        .startsWith("a task failed and the job stopped: java.lang.IllegalStateException: disk full (").endsWith("out holds a run that did not finish: remove it before running again"));
    assertThat(TaskFailure.line(new IllegalStateException("a bug"), "out", true)).isEmpty();
  }
}
