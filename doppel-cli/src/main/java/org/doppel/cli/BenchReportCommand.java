package org.doppel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.doppel.bench.HeadlessChromium;
import org.doppel.bench.ReportLoadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-report", mixinStandardHelpOptions = true,
    description = {"Writes a synthetic HTML report with many pairs and measures how fast it opens in headless Chromium "
        + "(DOMContentLoaded, first pair drawn, next pair, family view, elements in the page); prints a markdown table.",
        "Needs chromium on the PATH or $CHROMIUM."})
final class BenchReportCommand implements Callable<Integer> {
  @Option(names = "--pairs", converter = OptionValues.AtLeastOne.class, description = "Pairs in the report (default: 10000).")
  int pairs = 10_000;

  @Option(names = "--runs", converter = OptionValues.AtLeastOne.class, description = "Times the report is opened (default: 3).")
  int runs = 3;

  @Option(names = "--out", paramLabel = "FILE", description = "Where the report is written (default: a temporary file, deleted after).")
  Path out;

  @Override
  public Integer call() throws IOException {
    Path chromium = HeadlessChromium.find().orElse(null);
    if (chromium == null) {
      System.err.println("doppel bench-report: Chromium not found: install chromium or set $CHROMIUM");
      return 2;
    }
    Path file = out != null ? out : Files.createTempFile("doppel-report-", ".html");
    try {
      ReportLoadBenchmark.Result result = ReportLoadBenchmark.run(pairs, runs, file, chromium);
      PrintStream print = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      print.printf("Report: %,d pairs, %,d documents, %.1f MB; %s; %d cores.%n%n", result.pairs(), result.documents(),
          result.bytes() / 1e6, chromium, Runtime.getRuntime().availableProcessors());
      print.println("| run | DOMContentLoaded ms | first pair drawn ms | of which script ms | next pair ms | family view ms | elements |");
      print.println("|---:|---:|---:|---:|---:|---:|---:|");
      int n = 1;
      for (ReportLoadBenchmark.Run run : result.runs()) {
        print.printf("| %d | %.0f | %.0f | %.0f | %.1f | %.1f | %,d |%n", n++, run.domContentLoaded(), run.ready(), run.script(), run.nextPair(),
            run.familyView(), run.elements());
      }
    } finally {
      if (out == null) {
        Files.deleteIfExists(file);
      }
    }
    return 0;
  }
}
