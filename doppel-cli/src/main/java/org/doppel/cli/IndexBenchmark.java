package org.doppel.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.doppel.Doppel;
import org.doppel.DoppelIndex;
import org.doppel.RewriteSettings;
import org.doppel.index.DiskBytes;
import org.doppel.index.IndexStats;
import org.doppel.index.LuceneIndex;
import org.doppel.index.VectorSearch;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.ArticleMetadataJson;
import org.doppel.ingest.SourceText;
import org.doppel.server.DoppelServer;
import org.doppel.server.ServerOptions;

/**
 * Measures a standing index: add throughput (wall and CPU), size on disk per document with and
 * without the stored fields, open time and heap, query latency copies-only and with rewrites, and
 * {@code serve} under concurrent loopback clients. Queries are corpus documents under a new id, so
 * each finds at least the document it was taken from.
 */
final class IndexBenchmark {
  /**
   * @param bytes the index's files by part
   * @param compressedTextBytes the indexed texts alone, compressed as the index compresses them ({@link DoppelIndex#compressedTextBytes})
   * @param textMillis how long measuring {@code compressedTextBytes} took
   */
  record Result(int documents, double addSeconds, double addCpuSeconds, long textBytes, DiskBytes bytes, long compressedTextBytes,
      double textMillis, int segments, double openMillis, double reopenMillis, long heapBytes, double[] copiesOnlyMillis, double[] rewriteMillis, double serveSeconds,
      long serveRequests, long serveErrors, double[] serveMillis, int clients) {}

  private IndexBenchmark() {}

  /** @param textSize whether to measure the texts alone ({@link Result#compressedTextBytes} is -1 when not) */
  static Result run(List<SourceText> documents, Path indexPath, boolean build, int threads, int queries, int clients, int serveSeconds,
      boolean textSize) throws Exception {
    long textBytes = documents.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    double addSeconds = 0;
    double addCpu = 0;
    if (build) {
      FolderTrees.delete(indexPath);
      Doppel.Builder builder = Doppel.builder().threads(threads);
      long cpu0 = processCpuNanos();
      long wall0 = System.nanoTime();
      try (DoppelIndex index = builder.openIndex(indexPath)) {
        for (int from = 0; from < documents.size(); from += 2000) {
          index.add(documents.subList(from, Math.min(documents.size(), from + 2000)));
          if ((from / 2000) % 10 == 9) {
            index.commit();
          }
        }
        index.commit();
      }
      addSeconds = (System.nanoTime() - wall0) / 1e9;
      addCpu = (processCpuNanos() - cpu0) / 1e9;
    }
    long heapBefore = usedHeapAfterGc();
    long open0 = System.nanoTime();
    DoppelIndex copiesOnly = Doppel.builder().threads(threads).rewrites(RewriteSettings.OFF).openIndexReadOnly(indexPath);
    IndexStats stats = copiesOnly.stats();
    int segments = stats.segments();
    double openMillis = (System.nanoTime() - open0) / 1e6;
    // A second open in the same JVM: the first one also loads and compiles Lucene's classes.
    long reopen0 = System.nanoTime();
    try (DoppelIndex again = Doppel.builder().threads(threads).rewrites(RewriteSettings.OFF).openIndexReadOnly(indexPath)) {
      again.stats();
    }
    double reopenMillis = (System.nanoTime() - reopen0) / 1e6;
    long heap = usedHeapAfterGc() - heapBefore;
    try (copiesOnly; DoppelIndex rewrites = Doppel.builder().threads(threads)
        .rewrites(RewriteSettings.DEFAULTS.withVectorSearch(VectorSearch.SHORT_TEXTS)).openIndexReadOnly(indexPath)) {
      Random random = new Random(14);
      List<SourceText> asked = new ArrayList<>();
      // Warm-up queries first, then the timed ones: other documents, so that no timed query finds
      // what its own warm-up left in a cache (the index keeps word frequencies per reader).
      for (int i = 0; i < WARM_UP + queries; i++) {
        SourceText d = documents.get(random.nextInt(documents.size()));
        asked.add(new SourceText("bench-query-" + i, d.text(), d.origin(), d.metadata()));
      }
      double[] copies = latencies(copiesOnly, asked);
      double[] rewrite = latencies(rewrites, asked);
      ServeLoad load = serve(rewrites, documents, clients, serveSeconds);
      // Last, since it reads every stored text: the queries above ran on the page cache they found.
      long text0 = System.nanoTime();
      long compressedText = textSize ? copiesOnly.compressedTextBytes(Path.of(System.getProperty("java.io.tmpdir"))) : -1;
      double textMillis = (System.nanoTime() - text0) / 1e6;
      return new Result(stats.documents(), addSeconds, addCpu, textBytes, stats.bytes(), compressedText, textMillis, segments, openMillis, reopenMillis, heap, copies, rewrite,
          load.seconds, load.requests, load.errors, load.millis, clients);
    }
  }

  private record ServeLoad(double seconds, long requests, long errors, double[] millis) {}

  /** {@code clients} threads post queries to {@code serve} on loopback for {@code seconds}. */
  private static ServeLoad serve(DoppelIndex index, List<SourceText> documents, int clients, int seconds) throws Exception {
    if (clients < 1 || seconds < 1) {
      return new ServeLoad(0, 0, 0, new double[0]);
    }
    try (DoppelServer server = DoppelServer.start(index, ServerOptions.loopback(0))) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/query");
      AtomicLong errors = new AtomicLong();
      long deadline = System.nanoTime() + seconds * 1_000_000_000L;
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<List<Double>>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        Random random = new Random(c);
        futures.add(pool.submit(() -> {
          List<Double> millis = new ArrayList<>();
          while (System.nanoTime() < deadline) {
            SourceText d = documents.get(random.nextInt(documents.size()));
            String body = ArticleMetadataJson.toNode(ArticleMetadata.EMPTY)
                .put("text", d.text()).put("id", "load").put("top", 10).toString();
            long t0 = System.nanoTime();
            try {
              HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
              if (response.statusCode() != 200) {
                errors.incrementAndGet();
              }
            } catch (IOException e) {
              errors.incrementAndGet();
            }
            millis.add((System.nanoTime() - t0) / 1e6);
          }
          return millis;
        }));
      }
      List<Double> all = new ArrayList<>();
      for (Future<List<Double>> f : futures) {
        all.addAll(f.get());
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      return new ServeLoad(elapsed, all.size(), errors.get(), all.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }

  /** Queries run before the timed ones, in each mode. */
  private static final int WARM_UP = 100;

  private static double[] latencies(DoppelIndex index, List<SourceText> all) throws IOException {
    for (SourceText warmUp : all.subList(0, WARM_UP)) {
      index.query(warmUp, 10);
    }
    List<SourceText> asked = all.subList(WARM_UP, all.size());
    // Wall milliseconds, then the CPU milliseconds of the querying thread (the machine may be shared).
    double[] millis = new double[asked.size() * 2];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < asked.size(); i++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      index.query(asked.get(i), 10);
      millis[i] = (System.nanoTime() - t0) / 1e6;
      millis[asked.size() + i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
    }
    return millis;
  }

  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
