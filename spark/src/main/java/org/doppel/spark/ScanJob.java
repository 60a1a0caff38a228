package org.doppel.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.doppel.ingest.ProblemSummary;
import org.doppel.provenance.StoryLinks;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * The Spark job behind {@code ./doppel-spark scan} and {@code spark-submit --class org.doppel.spark.ScanJob}:
 * reports the pairs of {@code doppel scan --format jsonl} for inputs on any Hadoop file system.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, version = ScanJob.VERSION,
    description = "Scans the inputs on Spark and writes DIR/pairs/ (JSON Lines, as 'doppel scan --format jsonl'), "
        + "DIR/families/ (with --families), DIR/duplicates/ (with --duplicates), DIR/problems/ and DIR/_stats.json.")
public final class ScanJob implements Callable<Integer> {
  static final String VERSION = "doppel-spark 0.1.0";
  /** The command as its messages name it. */
  private static final String COMMAND = "doppel-spark scan";

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or globs on any Hadoop file system (file:, hdfs:, s3a:).")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder; must not exist yet.")
  String out;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: as spark-submit set it, else local[*]).")
  String master;

  @Option(names = "--partitions", paramLabel = "N", converter = AtLeastOne.class, description = "Partitions of the documents and of every shuffle (default: Spark's default parallelism).")
  Integer partitions;

  @ArgGroup(exclusive = true)
  Mode mode = new Mode();

  static final class Mode {
    @Option(names = "--copies-only", description = "Copies, near-duplicates and reused passages only: no rewrite detection.")
    boolean copiesOnly;

    @Option(names = "--no-model", description = "Judge reworded sentences on words and facts alone, without the sentence model.")
    boolean noModel;
  }

  @Option(names = "--families", description = "Also write the story families to DIR/families/.")
  boolean families;

  @Option(names = "--story-links",
      description = "With --families, also join each document in no reported pair to the story family it most resembles by its"
          + " specific words, as doppel scan --story-links does (the same rule and output).")
  boolean storyLinks;

  @Option(names = "--duplicates", description = "Also write what a deduplicator drops to DIR/duplicates/, as doppel scan --duplicates FILE.")
  boolean duplicates;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, as spark-submit's --conf; repeatable.")
  Map<String, String> sparkSettings = new LinkedHashMap<>();

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The job's command line as {@code doppel}'s: a line picocli cannot parse gets one line naming what is wrong and
   * where the usage is, exit 2 (the whole usage, 26 lines, buried the message), and a master Spark cannot start on
   * one line, exit 1 (a stack trace of 40 lines). An output folder that cannot be made is refused by {@link #run}.
   */
  static CommandLine commandLine() {
    CommandLine line = new CommandLine(new ScanJob());
    // an unknown option after the inputs was taken as one more input
    line.setUnmatchedOptionsAllowedAsOptionParameters(false);
    return line.setParameterExceptionHandler((error, arguments) -> {
      System.err.println(COMMAND + ": " + error.getMessage() + " (see '" + COMMAND + " --help')");
      return line.getCommandSpec().exitCodeOnInvalidInput();
    }).setExecutionExceptionHandler((error, failed, parsed) -> {
      if (!(error instanceof CannotStart cannot)) {
        throw error;
      }
      System.err.println("doppel-spark: " + cannot.getMessage());
      return 1;
    });
  }

  /** Partitions: at least 1 (0 or fewer was Spark's stack trace once the session had started). */
  static final class AtLeastOne implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int number;
      try {
        number = Integer.parseInt(value.strip());
      } catch (NumberFormatException notANumber) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
      }
      if (number < 1) {
        throw new CommandLine.TypeConversionException("must be at least 1, got " + number);
      }
      return number;
    }
  }

  /** What stops the job before it reads anything, told in one line: a master Spark refuses. */
  static final class CannotStart extends Exception {
    CannotStart(String message) {
      super(message);
    }
  }

  @Override
  public Integer call() throws Exception {
    SparkConf conf = new SparkConf().setAppName("doppel-scan");
    sparkSettings.forEach(conf::set);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    conf.setIfMissing("spark.ui.enabled", "false");
    // zstd packs the shuffled texts and postings tighter than lz4 (shuffle bytes per document, docs/scale.md), for little CPU
    conf.setIfMissing("spark.io.compression.codec", "zstd");
    conf.setIfMissing("spark.io.compression.zstd.level", "3");
    try (SparkSession spark = session(conf)) {
      try {
        return run(spark, inputs, out, new Detection(mode.copiesOnly, mode.noModel), new Outputs(families, duplicates, storyLinks ? StoryLinks.defaults() : StoryLinks.none()), partitions,
            DistributedScan.BROADCAST_WORDS);
      } catch (Exception failed) {
        Optional<String> taskFailed = TaskFailure.line(failed, out, written(spark, out));
        if (taskFailed.isEmpty()) {
          throw failed;
        }
        // after Spark's own report, which names the stage and the executor
        System.err.println("doppel-spark: " + taskFailed.get());
        return 1;
      }
    }
  }

  /** Whether a stopped run left its output folder (a task that fails while the files are read leaves none). */
  private static boolean written(SparkSession spark, String out) {
    try {
      Path outPath = new Path(out);
      return outPath.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(outPath);
    } catch (IOException | RuntimeException cannotTell) {
      return true;
    }
  }

  /** The session, or what Spark says when it cannot start one (a master URL it cannot parse or reach). */
  private static SparkSession session(SparkConf conf) throws CannotStart {
    try {
      return SparkSession.builder().config(conf).getOrCreate();
    } catch (Exception refused) { // Scala throws SparkException, checked in Java, undeclared
      throw new CannotStart("Spark could not start with master '" + conf.get("spark.master", "") + "': " + firstLine(refused));
    }
  }

  private static String firstLine(Throwable error) {
    Throwable deepest = error;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage() != null ? deepest.getMessage() : deepest.getClass().getSimpleName();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /**
   * Runs the scan on {@code spark}; returns 0, or 2 when an input matches nothing, the output folder exists already or no
   * document could be read.
   */
  public static int run(SparkSession spark, List<String> inputs, String out, Detection detection, boolean families, Integer partitions)
      throws IOException {
    return run(spark, inputs, out, detection, new Outputs(families, false), partitions, DistributedScan.BROADCAST_WORDS);
  }

  /** What the job writes besides the pairs and problems: the story families, the deduplicator's keep/drop sets. */
  public record Outputs(boolean families, boolean duplicates, StoryLinks storyLinks) {
    /** Without story links. */
    public Outputs(boolean families, boolean duplicates) {
      this(families, duplicates, StoryLinks.none());
    }
  }

  /** As {@link #run(SparkSession, List, String, Detection, boolean, Integer)}, with the outputs asked for. */
  public static int run(SparkSession spark, List<String> inputs, String out, Detection detection, Outputs outputs, Integer partitions)
      throws IOException {
    return run(spark, inputs, out, detection, outputs, partitions, DistributedScan.BROADCAST_WORDS);
  }

  /** As {@link #run(SparkSession, List, String, Detection, boolean, Integer)}, broadcasting at most {@code broadcastWords} shared words. */
  static int run(SparkSession spark, List<String> inputs, String out, Detection detection, boolean families, Integer partitions,
                 int broadcastWords) throws IOException {
    return run(spark, inputs, out, detection, new Outputs(families, false), partitions, broadcastWords);
  }

  private static int run(SparkSession spark, List<String> inputs, String out, Detection detection, Outputs outputs, Integer partitions,
                         int broadcastWords) throws IOException {
    Optional<String> missing = MissingInputs.refusal(inputs, spark.sparkContext().hadoopConfiguration());
    if (missing.isPresent()) {
      System.err.println("doppel-spark: " + missing.get());
      return 2;
    }
    Path outPath = new Path(out);
    FileSystem fs = outPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (fs.exists(outPath)) {
      System.err.println("doppel-spark: " + EarlierOutput.refusal(fs, outPath));
      return 2;
    }
    String unwritable = cannotMake(fs, outPath);
    if (unwritable != null) {
      // as doppel scan's --out: refused before the scan, not as a stack trace once the inputs are listed
      System.err.println("doppel-spark: cannot write " + out + ": " + unwritable);
      return 1;
    }
    int n = partitions != null ? partitions : spark.sparkContext().defaultParallelism();
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(n));
    JobMetrics metrics = new JobMetrics();
    spark.sparkContext().addSparkListener(metrics);
    long started = System.nanoTime();
    ScanStats stats;
    try {
      stats = new DistributedScan(spark, detection, n, broadcastWords).run(inputs, out, outputs.families(), outputs.duplicates(), outputs.storyLinks());
    } finally {
      spark.sparkContext().removeSparkListener(metrics);
    }
    writeStats(fs, out, stats, n, (System.nanoTime() - started) / 1e9, metrics);
    // a repeated id is an input problem, and a skipped one, to the local scan's count too, so both summaries give one
    // number in the same words
    // the pages' pictures that cannot be read are counted with the input problems, as the local scan counts them
    long pictureProblems = stats.photos().getOrDefault(PhotoStage.PICTURE_PROBLEMS, 0L);
    long pictureSkipped = stats.photos().getOrDefault(PhotoStage.PICTURE_PROBLEMS_SKIPPED, 0L);
    String problems = ProblemSummary.of(stats.inputProblems() + stats.duplicateIds() + pictureProblems,
        stats.skippedProblems() + stats.duplicateIds() + pictureSkipped);
    System.err.printf(Locale.ROOT, "doppel-spark: %d documents, %d candidate pairs, %d related pairs, %s, %d hot keys skipped (%s/_stats.json)%n",
        stats.documents(), stats.candidatePairs(), stats.verifiedPairs(), problems, stats.hotKeys(), out);
    if (stats.documents() == 0) {
      // as doppel scan: a pipeline must not take a run that read nothing (a mistyped path, a glob that matched
      // no file, every file refused) for an empty result
      System.err.println("doppel-spark: no document could be read from " + String.join(", ", inputs) + " (the reasons are in " + out + "/problems)");
      return 2;
    }
    return 0;
  }

  /** Writes {@code out/_stats.json}: what the scan counted, its time, and the shuffle, CPU and memory it took. */
  private static void writeStats(FileSystem fs, String out, ScanStats stats, int partitions, double seconds, JobMetrics metrics)
      throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scan", stats);
    json.put("partitions", partitions);
    json.put("seconds", Math.round(seconds * 1000) / 1000.0);
    json.put("documents_per_second", stats.documents() == 0 ? 0 : Math.round(stats.documents() / seconds * 10) / 10.0);
    json.put("shuffle_write_bytes", metrics.shuffleWriteBytes.get());
    json.put("shuffle_read_bytes", metrics.shuffleReadBytes.get());
    json.put("shuffle_write_bytes_by_stage", metrics.shuffleWriteBytesByStage());
    json.put("task_cpu_seconds_by_stage", metrics.taskCpuSecondsByStage());
    json.put("process_cpu_seconds", processCpuSeconds());
    json.put("shuffle_write_bytes_per_document", stats.documents() == 0 ? 0 : metrics.shuffleWriteBytes.get() / stats.documents());
    json.put("peak_task_execution_memory_bytes", metrics.peakTaskExecutionMemory.get());
    json.put("peak_executor_heap_bytes", metrics.peakExecutorHeap.get());
    json.put("peak_driver_heap_bytes", peakHeap());
    // written beside and renamed: _stats.json marks a finished run (EarlierOutput), so it is never there half written
    Path written = new Path(out, "._stats.json.partial");
    try (OutputStream stream = fs.create(written)) {
      stream.write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
    }
    if (!fs.rename(written, new Path(out, "_stats.json"))) {
      throw new IOException("could not rename " + written + " to _stats.json");
    }
  }

  /**
   * Why the output folder cannot be made (its parent is a file, a folder that takes no new folder, a file system that
   * refuses), or null when it can: made and removed again, since the job's writers make it, and a folder left behind
   * would refuse the next run as existing.
   */
  private static String cannotMake(FileSystem fs, Path outPath) {
    try {
      if (!fs.mkdirs(outPath)) {
        return "the folder could not be made";
      }
      fs.delete(outPath, true);
      return null;
    } catch (IOException | RuntimeException refused) {
      return firstLine(refused);
    }
  }

  /** CPU time of this JVM so far, all threads (tasks, compilers, collector), or -1 where the JVM does not say. */
  private static double processCpuSeconds() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.round(os.getProcessCpuTime() / 1e6) / 1e3 : -1;
  }

  /** Peak heap of this JVM: in local mode the driver is the executor too. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
