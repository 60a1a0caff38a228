package org.doppel.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.doppel.ingest.meta.HtmlMetadata;
import org.doppel.ingest.meta.TextMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench-meta", mixinStandardHelpOptions = true,
    description = {"Measures metadata extraction speed on one thread: web pages (.html, .html.gz) with HtmlMetadata, "
        + "plain texts (.txt) with TextMetadata. Pages are parsed once beforehand; the first round warms the JIT "
        + "and is not counted.",
        "Exit code 2 when the folder holds no pages or texts."})
final class BenchMetaCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of pages or texts, e.g. ../shared/data/extraction-meta/pages.")
  List<Path> dirs;

  @Option(names = "--rounds", converter = OptionValues.AtLeastOne.class, paramLabel = "N", defaultValue = "3", description = "Measured rounds (default ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = Terminal.stderr();
    List<Document> pages = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    long parseNanos = 0;
    for (Path dir : dirs) {
      List<Path> files;
      try (Stream<Path> listing = Files.walk(dir)) {
        files = listing.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        } else if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz")) {
          byte[] bytes;
          try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            bytes = in.readAllBytes();
          } catch (IOException e) {
            err.println("doppel bench-meta: " + file + ": " + e.getMessage() + "; skipped");
            continue;
          }
          long start = System.nanoTime();
          pages.add(Jsoup.parse(new ByteArrayInputStream(bytes), null, "https://example.org/"));
          parseNanos += System.nanoTime() - start;
        }
      }
    }
    if (pages.isEmpty() && texts.isEmpty()) {
      err.println("doppel bench-meta: no .html, .html.gz or .txt files under " + dirs);
      return 2;
    }
    out.printf("| input | documents | ms per document | documents/s (one thread) |%n|---|---:|---:|---:|%n");
    if (!pages.isEmpty()) {
      out.printf("| jsoup parse (once, for reference) | %d | %.2f | %.0f |%n", pages.size(), parseNanos / 1e6 / pages.size(),
          pages.size() / (parseNanos / 1e9));
      double nanos = time(rounds, () -> pages.forEach(page -> HtmlMetadata.extract(page, page.location())));
      out.printf("| HtmlMetadata | %d | %.2f | %.0f |%n", pages.size(), nanos / 1e6 / pages.size(), pages.size() / (nanos / 1e9));
    }
    if (!texts.isEmpty()) {
      double nanos = time(rounds, () -> texts.forEach(TextMetadata::extract));
      out.printf("| TextMetadata | %d | %.3f | %.0f |%n", texts.size(), nanos / 1e6 / texts.size(), texts.size() / (nanos / 1e9));
    }
    out.flush();
    return 0;
  }

  /** The mean nanoseconds of one round after a warm-up round. */
  private static double time(int rounds, Runnable round) {
    round.run();
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      round.run();
    }
    return (System.nanoTime() - start) / (double) rounds;
  }
}
