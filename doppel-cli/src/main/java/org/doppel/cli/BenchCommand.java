package org.doppel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.doppel.bench.Benchmark;
import org.doppel.bench.BenchmarkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Generates synthetic corpora with planted copies, measures the candidate stage (one thread) and the full scan "
        + "(all cores), heap and index size, recall and precision, and writes a markdown report.",
        "For 100,000 documents give the JVM room: DOPPEL_JAVA_OPTS=-Xmx8g ./doppel bench"})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Corpus sizes in documents (default: 2000,20000,100000).")
  List<Integer> sizes = List.of(2_000, 20_000, 100_000);

  @Option(names = "--seed", description = "Seed of the synthetic corpora (default: 42).")
  long seed = 42;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the markdown report here (default: standard output).")
  Path out;

  @Option(names = "--work", paramLabel = "DIR", description = "Folder for the generated JSON Lines corpora (default: a temporary folder, deleted afterwards).")
  Path work;

  @Option(names = "--threads", description = "Threads of the full scan (default: all cores).")
  Integer threads;

  @Option(names = "--profile-docs", paramLabel = "N", description = "Documents whose candidate pairs the verification profile times (default: 2000).")
  int profileDocs = 2_000;

  @Option(names = "--scan-limit", paramLabel = "SECONDS", description = "Stop a full scan still verifying after this long and project its time (default: 600).")
  double scanLimit = 600;

  @Option(names = "--rewrites", description = "Rewrite detection in the full scan: MODEL (as scan, default), WORDS (as scan --no-model) or COPIES (as scan --copies-only).")
  Benchmark.RewriteMode rewrites = Benchmark.RewriteMode.MODEL;

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    boolean temporary = work == null;
    Path workDir = temporary ? Files.createTempDirectory("doppel-bench-") : work;
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    try {
      Benchmark benchmark = new Benchmark(new Benchmark.Options(sizes, seed, workDir, threadCount, profileDocs, scanLimit,
          line -> err.println("doppel bench: " + line), rewrites));
      List<Benchmark.SizeResult> results = benchmark.run();
      String markdown = BenchmarkReport.markdown(results, command(), threadCount);
      if (out == null) {
        System.out.print(markdown);
        System.out.flush();
      } else {
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), ".doppel-", ".tmp");
        try {
          Files.writeString(temp, markdown, StandardCharsets.UTF_8);
          Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(temp);
        }
        err.println("doppel bench: wrote " + out);
      }
      return 0;
    } finally {
      if (temporary) {
        try (var files = Files.walk(workDir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private String command() {
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
    cmd.append(" --rewrites ").append(rewrites);
    if (out != null) {
      cmd.append(" --out ").append(out);
    }
    return cmd.toString();
  }
}
