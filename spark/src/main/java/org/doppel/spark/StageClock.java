package org.doppel.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;

/** The wall time of each of the job's stages, in the order they ran, as {@link ScanStats} reports them. */
final class StageClock {
  private final JavaSparkContext jsc;
  private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
  private String stage;
  private long stageStart;

  StageClock(JavaSparkContext jsc) {
    this.jsc = jsc;
  }

  /**
   * Ends the running stage (its wall time into {@code stageSeconds}) and starts {@code name}, or none; Spark
   * jobs started meanwhile carry the name ({@link JobMetrics#STAGE}), so their shuffle bytes are told apart.
   */
  void begin(String name) {
    long now = System.nanoTime();
    if (stage != null) {
      stageSeconds.put(stage, Math.round((now - stageStart) / 1e6) / 1e3);
    }
    stage = name;
    stageStart = now;
    jsc.setLocalProperty(JobMetrics.STAGE, name);
  }

  /** Each stage ended so far and its wall seconds, in the order they ran: the clock's own map, which it goes on filling. */
  Map<String, Double> seconds() {
    return stageSeconds;
  }
}
