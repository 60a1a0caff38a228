package org.doppel.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench-index", mixinStandardHelpOptions = true,
    description = {"Builds a standing index from a corpus and measures add throughput, size on disk, open time, heap, "
        + "query latency (copies only, and with rewrites without the model) and `serve` under concurrent loopback clients; "
        + "prints a markdown table.",
        "Example: python3 ../shared/bench/gen_corpus.py /tmp/c100k --docs 100000 --seed 1; ./doppel bench-index /tmp/c100k --index /tmp/c100k.idx"})
final class BenchIndexCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Folders or files any scan reads.")
  List<Path> corpus;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Where the index is built (deleted first).")
  Path index;

  @Option(names = "--existing", description = "Measure the index already in DIR (built by `index add`) instead of building it: "
      + "size, open, heap, queries and serve; the corpus then only supplies the query documents.")
  boolean existing;

  @Option(names = "--docs", converter = OptionValues.AtLeastOne.class, description = "Use at most this many documents (default: all).")
  int docs = Integer.MAX_VALUE;

  @Option(names = "--queries", converter = OptionValues.AtLeastOne.class, description = "Queries timed per mode (default: ${DEFAULT-VALUE}).")
  int queries = 200;

  @Option(names = "--clients", converter = OptionValues.AtLeastZero.class, description = "Concurrent clients of the serve load test (default: ${DEFAULT-VALUE}; 0 skips it).")
  int clients = 50;

  @Option(names = "--seconds", converter = OptionValues.AtLeastOne.class, description = "Duration of the serve load test (default: ${DEFAULT-VALUE}).")
  int seconds = 60;

  @Option(names = "--no-text-size", negatable = false, description = "Skip measuring the texts alone (it reads and stores every text again: "
      + "minutes at 1,000,000 documents); the size beyond the compressed text is then not printed.")
  boolean noTextSize;

  @Option(names = "--threads", converter = OptionValues.AtLeastOne.class, description = "Threads for adding (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int[] problems = {0};
    List<SourceText> documents = new ArrayList<>();
    new CorpusReader(problem -> problems[0] += problem.note() ? 0 : 1).read(corpus, d -> {
      if (documents.size() < docs) {
        documents.add(d);
      }
    });
    err.printf("doppel bench-index: %,d documents read (%d files skipped or refused)%n", documents.size(), problems[0]);
    IndexBenchmark.Result r = IndexBenchmark.run(documents, index, !existing, threads, queries, clients, seconds, !noTextSize);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int n = r.documents();
    out.printf("Index of %,d documents (%.0f bytes of text each on average among the %,d read), %d cores, %d adding threads, heap max %.1f GB.%n%n",
        n, (double) r.textBytes() / documents.size(), documents.size(), Runtime.getRuntime().availableProcessors(), threads,
        Runtime.getRuntime().maxMemory() / 1e9);
    out.println("| measure | value |");
    out.println("|---|---:|");
    if (!existing) {
      out.printf("| index add, wall | %.1f s, %,.0f docs/s |%n", r.addSeconds(), n / r.addSeconds());
      out.printf("| index add, CPU (user+sys) | %.1f s, %,.0f docs per CPU second |%n", r.addCpuSeconds(), n / r.addCpuSeconds());
    }
    long total = r.bytes().total();
    out.printf("| size on disk | %.1f MB, %,.0f bytes/doc |%n", total / 1e6, (double) total / n);
    out.printf("| of which stored fields (compressed text, id, origin, metadata, pictures) | %,.0f bytes/doc |%n", (double) r.bytes().storedFields() / n);
    out.printf("| of which terms (keys, words, ids) / postings and norms / vectors / other | %,.0f / %,.0f / %,.0f / %,.0f bytes/doc |%n",
        (double) r.bytes().terms() / n, (double) r.bytes().postings() / n, (double) r.bytes().vectors() / n, (double) r.bytes().other() / n);
    if (r.compressedTextBytes() >= 0) {
      out.printf("| the texts alone, compressed as the index compresses them (stored again in a scratch index, %.1f s) | %,.0f bytes/doc |%n",
          r.textMillis() / 1e3, (double) r.compressedTextBytes() / n);
      out.printf("| **beyond the compressed text** (size on disk less the texts alone) | **%,.0f bytes/doc** |%n",
          (double) (total - r.compressedTextBytes()) / n);
    }
    out.printf("| segments | %d |%n", r.segments());
    out.printf("| open (read-only, first stats) | %.0f ms |%n", r.openMillis());
    out.printf("| open again in the same JVM (classes loaded) | %.0f ms |%n", r.reopenMillis());
    out.printf("| heap held by the open index | %.1f MB |%n", r.heapBytes() / 1e6);
    printLatency(out, "query copies-only", r.copiesOnlyMillis());
    printLatency(out, "query with rewrites (no model)", r.rewriteMillis());
    if (r.serveRequests() > 0) {
      out.printf("| serve, %d clients for %.0f s | %,d requests, %d errors, %.1f requests/s |%n", r.clients(), r.serveSeconds(),
          r.serveRequests(), r.serveErrors(), r.serveRequests() / r.serveSeconds());
      out.printf("| serve latency p50 / p99 | %.0f / %.0f ms |%n", IndexBenchmark.percentile(r.serveMillis(), 0.5),
          IndexBenchmark.percentile(r.serveMillis(), 0.99));
    }
    return 0;
  }

  /** {@code millis} holds n wall times, then n CPU times of the querying thread. */
  private static void printLatency(PrintStream out, String what, double[] millis) {
    int n = millis.length / 2;
    double[] wall = Arrays.copyOfRange(millis, 0, n);
    double[] cpu = Arrays.copyOfRange(millis, n, 2 * n);
    out.printf("| %s, p50 / p99 wall (%d queries) | %.1f / %.1f ms |%n", what, n, IndexBenchmark.percentile(wall, 0.5),
        IndexBenchmark.percentile(wall, 0.99));
    out.printf("| %s, p50 / p99 CPU of the querying thread | %.1f / %.1f ms |%n", what, IndexBenchmark.percentile(cpu, 0.5),
        IndexBenchmark.percentile(cpu, 0.99));
  }
}
