package org.doppel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.doppel.bench.ExtractionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench-extract", mixinStandardHelpOptions = true,
    description = "Measures HTML extraction (parsing, body and metadata) on one thread over the pages of each folder "
        + "and prints a markdown table: pages per second, MB per second and time per page.")
final class BenchExtractCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "DIR",
      description = "Folders of .html or .html.gz pages (default: ../shared/data/extraction/html ../shared/data/extraction-meta/pages).")
  List<Path> folders = List.of(Path.of("../shared/data/extraction/html"), Path.of("../shared/data/extraction-meta/pages"));

  @Option(names = "--rounds", converter = OptionValues.AtLeastOne.class, description = "Timed rounds over each folder after one warm-up round (default: 3).")
  int rounds = 3;

  @Override
  public Integer call() throws IOException {
    System.out.println(ExtractionBenchmark.markdownHeader());
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        System.err.println("doppel bench-extract: " + folder + ": no such folder");
        return 2;
      }
      List<byte[]> pages = ExtractionBenchmark.loadPages(List.of(folder));
      if (pages.isEmpty()) {
        System.err.println("doppel bench-extract: " + folder + ": no .html or .html.gz pages");
        return 2;
      }
      System.out.println(ExtractionBenchmark.markdownRow(folder.toString(), ExtractionBenchmark.run(pages, rounds)));
      System.out.flush();
    }
    return 0;
  }
}
