package org.doppel.spark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.ExecutorMetrics;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageExecutorMetrics;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Adds up what the tasks of a run report: bytes written to and read from shuffles, the largest execution
 * memory one task held, and the largest JVM heap an executor reported (sent with heartbeats, so a run
 * shorter than the heartbeat interval may report none). Shuffle bytes are also told apart by the scan's
 * stage ({@link #STAGE}) whose jobs wrote them.
 */
final class JobMetrics extends SparkListener {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JobMetrics.class);
  /** The local property naming the scan's stage ("read", "candidates", ...) that starts a Spark job. */
  static final String STAGE = "doppel.stage";
  private final Map<Integer, String> scanStageOf = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> shuffleWriteByStage = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> taskCpuByStage = new ConcurrentHashMap<>();
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
    shuffleWriteByStage.computeIfAbsent(scanStageOf.getOrDefault(end.stageId(), "other"), s -> new AtomicLong())
        .addAndGet(metrics.shuffleWriteMetrics().bytesWritten());
    taskCpuByStage.computeIfAbsent(scanStageOf.getOrDefault(end.stageId(), "other"), s -> new AtomicLong())
        .addAndGet(metrics.executorCpuTime());
    shuffleReadBytes.addAndGet(metrics.shuffleReadMetrics().totalBytesRead());
    peakTaskExecutionMemory.accumulateAndGet(metrics.peakExecutionMemory(), Math::max);
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted c) {
    if (LOG.isDebugEnabled()) { // per Spark stage, for profiling: log4j2 logger org.doppel.spark.JobMetrics at debug
      var m = c.stageInfo().taskMetrics();
      LOG.debug(String.format("stage %d [%s] %s: shuffle write %d bytes %d records, read %d records, run %d ms cpu %d ms, ser %d ms deser %d ms",
          c.stageInfo().stageId(), scanStageOf.get(c.stageInfo().stageId()), c.stageInfo().name(),
          m.shuffleWriteMetrics().bytesWritten(), m.shuffleWriteMetrics().recordsWritten(), m.shuffleReadMetrics().recordsRead(),
          m.executorRunTime(), m.executorCpuTime() / 1000000, m.resultSerializationTime(), m.executorDeserializeTime()));
    }
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
    String name = submitted.properties() == null ? null : submitted.properties().getProperty(STAGE);
    if (name != null) {
      scanStageOf.put(submitted.stageInfo().stageId(), name);
    }
  }

  /** Shuffle bytes written by the Spark jobs of each scan stage, by stage name. */
  Map<String, Long> shuffleWriteBytesByStage() {
    Map<String, Long> out = new TreeMap<>();
    shuffleWriteByStage.forEach((stage, bytes) -> out.put(stage, bytes.get()));
    return out;
  }

  /**
   * CPU seconds the tasks of each scan stage ran, by stage name: steadier than wall times on a shared
   * machine, and what the job spends outside the tasks (JIT, collector, scheduler) is the process's CPU less their sum.
   */
  Map<String, Double> taskCpuSecondsByStage() {
    Map<String, Double> out = new TreeMap<>();
    taskCpuByStage.forEach((stage, nanos) -> out.put(stage, Math.round(nanos.get() / 1e6) / 1e3));
    return out;
  }

  @Override
  public void onStageExecutorMetrics(SparkListenerStageExecutorMetrics metrics) {
    peakExecutorHeap.accumulateAndGet(metrics.executorMetrics().getMetricValue("JVMHeapMemory"), Math::max);
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    for (ExecutorMetrics m : scala.jdk.javaapi.CollectionConverters.asJava(update.executorUpdates()).values()) {
      peakExecutorHeap.accumulateAndGet(m.getMetricValue("JVMHeapMemory"), Math::max);
    }
  }
}
