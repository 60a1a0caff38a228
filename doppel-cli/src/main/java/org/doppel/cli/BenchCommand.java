package org.doppel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.doppel.bench.Benchmark;
import org.doppel.bench.BenchmarkReport;
import org.doppel.bench.PeerBenchmark;
import org.doppel.bench.PeerBenchmarkReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Generates synthetic corpora with planted copies, measures the candidate stage (one thread) and the full scan "
        + "(all cores), heap and index size, recall and precision, and writes a markdown report.",
        "For 100,000 documents give the JVM room: DOPPEL_JAVA_OPTS=-Xmx8g ./doppel bench",
        "With --generator ../shared/bench/gen_corpus.py: times ./doppel scan end to end against sim_text on the generator's corpora."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--sizes", converter = OptionValues.CorpusSize.class, split = ",", paramLabel = "N", description = "Corpus sizes in documents (default: 2000,20000,100000).")
  List<Integer> sizes = List.of(2_000, 20_000, 100_000);

  @Option(names = "--seed", description = "Seed of the synthetic corpora (default: 42).")
  long seed = 42;

  @Option(names = "--out", converter = OptionValues.OutputFile.class, paramLabel = "FILE", description = "Write the markdown report here (default, or -: standard output).")
  Path out;

  @Option(names = "--work", paramLabel = "DIR", description = "Folder for the generated JSON Lines corpora (default: a temporary folder, deleted afterwards).")
  Path work;

  @Option(names = "--threads", converter = OptionValues.AtLeastOne.class, description = "Threads of the full scan (default: all cores).")
  Integer threads;

  @Option(names = "--profile-docs", converter = OptionValues.AtLeastZero.class, paramLabel = "N", description = "Documents whose candidate pairs the verification profile times (default: 2000).")
  int profileDocs = 2_000;

  @Option(names = "--scan-limit", converter = OptionValues.Positive.class, paramLabel = "SECONDS", description = "Stop a full scan still verifying after this long and project its time (default: 600).")
  double scanLimit = 600;

  @Option(names = "--rewrites", description = "Rewrite detection in the full scan: MODEL (as scan, default), WORDS (as scan --no-model) or COPIES (as scan --copies-only).")
  Benchmark.RewriteMode rewrites = Benchmark.RewriteMode.MODEL;

  @Option(names = "--generator", paramLabel = "FILE",
      description = "A corpus generator (gen_corpus.py, e.g. ../shared/bench/gen_corpus.py): time doppel scan end to end against "
          + "sim_text on its corpora instead of the in-process profile of the built-in synthetic corpus.")
  Path generator;

  @Option(names = "--modes", split = ",", description = "With --generator: the scans to time, of COPIES (scan --copies-only), "
      + "WORDS (scan --no-model), MODEL (scan) (default: COPIES,MODEL).")
  List<PeerBenchmark.Mode> modes = List.of(PeerBenchmark.Mode.COPIES, PeerBenchmark.Mode.MODEL);

  @Option(names = "--thread-counts", converter = OptionValues.AtLeastOne.class, split = ",", paramLabel = "N", description = "With --generator: thread counts to time each scan at (default: 1,2).")
  List<Integer> threadCounts = List.of(1, 2);

  @Option(names = "--no-sim-text", description = "With --generator: do not time sim_text.")
  boolean noSimText;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Options of one kind of run only: given to the other, they were ignored in silence (and left out of its report). */
  private static final List<String> GENERATOR_ONLY = List.of("--modes", "--thread-counts", "--no-sim-text");
  private static final List<String> SYNTHETIC_ONLY = List.of("--threads", "--profile-docs", "--scan-limit", "--rewrites");

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    refuseOptionsOfTheOtherRun();
    if (generator != null) {
      return peers(err);
    }
    boolean temporary = work == null;
    Path workDir = temporary ? Files.createTempDirectory("doppel-bench-") : work;
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    try {
      Benchmark benchmark = new Benchmark(new Benchmark.Options(sizes, seed, workDir, threadCount, profileDocs, scanLimit,
          line -> err.println("doppel bench: " + line), rewrites));
      List<Benchmark.SizeResult> results = benchmark.run();
      write(BenchmarkReport.markdown(results, syntheticCommand(), threadCount), err);
      return 0;
    } finally {
      if (temporary) {
        FolderTrees.delete(workDir);
      }
    }
  }

  private void refuseOptionsOfTheOtherRun() {
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    if (parsed == null) {
      return;
    }
    List<String> ignored = (generator == null ? GENERATOR_ONLY : SYNTHETIC_ONLY).stream().filter(parsed::hasMatchedOption).toList();
    if (!ignored.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), String.join(", ", ignored)
          + (generator == null ? " only apply with --generator" : " do not apply with --generator (its scans are timed as ./doppel scan runs them)"));
    }
  }

  /** The end-to-end comparison with sim_text on the generator's corpora; corpora stay in --work for reuse. */
  private int peers(PrintStream err) throws IOException {
    if (!Files.isRegularFile(generator)) {
      err.println("doppel bench: no generator at " + generator);
      return 2;
    }
    Path workDir = work == null ? Path.of("target", "bench-peers") : work;
    PeerBenchmark benchmark = new PeerBenchmark(new PeerBenchmark.Options(generator, sizes, seed, workDir, doppelCommand(), modes,
        threadCounts, !noSimText, line -> err.println("doppel bench: " + line)));
    write(PeerBenchmarkReport.markdown(benchmark.run(), peersCommand()), err);
    return 0;
  }

  /** The command line that reproduces this comparison with sim_text, defaults written out. */
  String peersCommand() {
    StringBuilder cmd = new StringBuilder("./doppel bench --generator ").append(generator).append(" --sizes ")
        .append(sizes.stream().map(String::valueOf).collect(Collectors.joining(","))).append(" --seed ").append(seed)
        .append(" --modes ").append(modes.stream().map(Enum::name).collect(Collectors.joining(",")))
        .append(" --thread-counts ").append(threadCounts.stream().map(String::valueOf).collect(Collectors.joining(",")));
    if (noSimText) {
      cmd.append(" --no-sim-text");
    }
    appendFolders(cmd);
    return cmd.toString();
  }

  /** ./doppel when run from the checkout (what a user runs, with its JVM flags); else this JVM and class path. */
  private static List<String> doppelCommand() {
    Path script = Path.of("doppel");
    if (Files.isExecutable(script)) {
      return List.of(script.toAbsolutePath().toString());
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    return List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), DoppelCli.class.getName());
  }

  /** The report to {@code --out} (its folders made), written as the scan's reports are, or to standard output. */
  private void write(String markdown, PrintStream err) throws IOException {
    if (out != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    // whole or not at all, readable by others (a temporary file of its own was owner-only), UTF-8 on standard output too
    ReportFiles.write(out, writer -> writer.write(markdown));
    if (out != null) {
      err.println("doppel bench: wrote " + out);
    }
  }

  /** The command line that reproduces this run on the built-in synthetic corpus, defaults written out. */
  String syntheticCommand() {
    String opts = System.getenv("DOPPEL_JAVA_OPTS");
    StringBuilder cmd = new StringBuilder();
    if (opts != null && !opts.isBlank()) {
      cmd.append("DOPPEL_JAVA_OPTS=").append(opts.contains(" ") ? "'" + opts + "'" : opts).append(' ');
    }
    cmd.append("./doppel bench --sizes ").append(sizes.stream().map(String::valueOf).collect(Collectors.joining(",")));
    cmd.append(" --seed ").append(seed);
    if (threads != null) {
      cmd.append(" --threads ").append(threads);
    }
    if (scanLimit != 600) {
      cmd.append(" --scan-limit ").append(scanLimit);
    }
    if (profileDocs != 2_000) {
      cmd.append(" --profile-docs ").append(profileDocs);
    }
    cmd.append(" --rewrites ").append(rewrites);
    appendFolders(cmd);
    return cmd.toString();
  }

  /** The folders and file the run was told to use, as given: where the corpora were kept and the report went. */
  private void appendFolders(StringBuilder cmd) {
    if (work != null) {
      cmd.append(" --work ").append(work);
    }
    if (out != null) {
      cmd.append(" --out ").append(out);
    }
  }
}
