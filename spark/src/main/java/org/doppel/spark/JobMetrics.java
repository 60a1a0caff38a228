package org.doppel.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerStageExecutorMetrics;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Adds up what the tasks of a run report: bytes written to and read from shuffles, the largest execution
 * memory one task held, and the largest JVM heap an executor reported (sent with heartbeats, so a run
 * shorter than the heartbeat interval may report none).
 */
final class JobMetrics extends SparkListener {
  final AtomicLong shuffleWriteBytes = new AtomicLong();
  final AtomicLong shuffleReadBytes = new AtomicLong();
  final AtomicLong peakTaskExecutionMemory = new AtomicLong();
  final AtomicLong peakExecutorHeap = new AtomicLong();
  final AtomicLong tasks = new AtomicLong();

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    TaskMetrics metrics = end.taskMetrics();
    if (metrics == null) {
      return;
    }
    tasks.incrementAndGet();
    shuffleWriteBytes.addAndGet(metrics.shuffleWriteMetrics().bytesWritten());
    shuffleReadBytes.addAndGet(metrics.shuffleReadMetrics().totalBytesRead());
    peakTaskExecutionMemory.accumulateAndGet(metrics.peakExecutionMemory(), Math::max);
  }

  @Override
  public void onStageExecutorMetrics(SparkListenerStageExecutorMetrics metrics) {
    peakExecutorHeap.accumulateAndGet(metrics.executorMetrics().getMetricValue("JVMHeapMemory"), Math::max);
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    for (org.apache.spark.executor.ExecutorMetrics m : scala.jdk.javaapi.CollectionConverters.asJava(update.executorUpdates()).values()) {
      peakExecutorHeap.accumulateAndGet(m.getMetricValue("JVMHeapMemory"), Math::max);
    }
  }
}
