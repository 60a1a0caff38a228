package org.doppel.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.doppel.ingest.html.ArticleExtractor;
import org.doppel.ingest.html.ExtractedArticle;

/**
 * Measures HTML extraction speed on one thread: parsing, body extraction and metadata, page after
 * page, over pages already in memory (reading and decompressing the files is not timed). One warm-up
 * round lets the JIT compile the code; the timed rounds follow.
 */
public final class ExtractionBenchmark {
  private ExtractionBenchmark() {}

  /**
   * One timed measurement.
   *
   * @param pages pages extracted per round
   * @param megabytes HTML bytes per round, in MB
   * @param rounds timed rounds
   * @param seconds total time of the timed rounds
   * @param p50Millis median time of one page
   * @param p95Millis 95th percentile time of one page
   * @param maxMillis slowest page
   * @param words words of body text extracted per round
   * @param cpuSeconds CPU time the measuring thread used in the timed rounds; on a busy machine this,
   *     not the wall time, says what one core can do
   */
  public record Result(int pages, double megabytes, int rounds, double seconds, double p50Millis, double p95Millis,
      double maxMillis, long words, double cpuSeconds) {
    public double pagesPerSecond() {
      return pages * rounds / seconds;
    }

    public double pagesPerCpuSecond() {
      return pages * rounds / cpuSeconds;
    }

    public double megabytesPerSecond() {
      return megabytes * rounds / seconds;
    }
  }

  /** Reads every {@code .html}, {@code .htm} or {@code .html.gz} file under the folders (page limit 32 MB). */
  public static List<byte[]> loadPages(List<Path> folders) throws IOException {
    List<byte[]> pages = new ArrayList<>();
    for (Path folder : folders) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches("(?i).*\\.html?(\\.gz)?"))
            .sorted().toList();
      }
      for (Path file : files) {
        try (InputStream raw = Files.newInputStream(file);
            InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
          pages.add(in.readNBytes(32 << 20));
        }
      }
    }
    return pages;
  }

  public static Result run(List<byte[]> pages, int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
    }
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no pages to extract");
    }
    long sink = 0;
    for (byte[] page : pages) {
      sink += ArticleExtractor.extract(page, null).body().length(); // warm-up
    }
    double[] millis = new double[pages.size() * rounds];
    long words = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < pages.size(); i++) {
        long t0 = System.nanoTime();
        ExtractedArticle article = ArticleExtractor.extract(pages.get(i), null);
        millis[round * pages.size() + i] = (System.nanoTime() - t0) / 1e6;
        if (round == 0) {
          words += article.body().isBlank() ? 0 : article.body().split("\\s+").length;
        }
        sink += article.paragraphs().size();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
    Arrays.sort(millis);
    long bytes = pages.stream().mapToLong(p -> p.length).sum();
    if (sink == Long.MIN_VALUE) {
      System.out.print(""); // keeps the work observable to the JIT
    }
    return new Result(pages.size(), bytes / 1e6, rounds, seconds, millis[millis.length / 2],
        millis[(int) Math.min(millis.length - 1, Math.round(millis.length * 0.95))], millis[millis.length - 1], words, cpuSeconds);
  }

  /** The result as a markdown table row: pages, MB, pages/s, MB/s, ms per page (p50, p95, max). */
  public static String markdownRow(String name, Result r) {
    return String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.0f | %.1f | %.2f | %.2f | %.1f |", name, r.pages(), r.megabytes(),
        r.pagesPerCpuSecond(), r.pagesPerSecond(), r.megabytesPerSecond(), r.p50Millis(), r.p95Millis(), r.maxMillis());
  }

  public static String markdownHeader() {
    return "| pages from | pages | MB of HTML | pages per CPU second | pages/s wall (1 thread) | MB/s wall | ms/page p50 | p95 | max |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|";
  }
}
