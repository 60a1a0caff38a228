package org.doppel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training runs of the ahead-of-time caches that {@code ./doppel} gives every run but {@code scan --copies-only}
 * ({@code java -XX:AOTCacheOutput=CACHE -cp doppel.jar org.doppel.cli.AotCommandsTraining scan|index SAMPLE_CORPUS
 * OUTDIR}). A cache keeps only the classes its training run loaded: trained on a scan alone, it left out the standing
 * index (Lucene) that {@code query} reads, the provenance that {@code trace} reports and the page reader's report that
 * {@code extract} prints, and each of those commands loaded 46 to 1,100 classes outside it (from the jar unverified and
 * unlinked) on every start. One cache for all of them preloads at each start every class any of them loads (5,700 against 3,700),
 * which cost a scan or an extract more than it saved them (docs/benchmarks.md, "What every command pays before its
 * first document"), so the commands that read a standing index ({@code index}, {@code query}) get a cache of their own.
 *
 * <p>{@code scan}: the scan with rewrite detection of the sample corpus first (the run this cache was trained on
 * before, so that a scan's classes and profiles stay as they were), then a {@code trace} of the first document it
 * related and an {@code extract} of the corpus (its web pages; every other file is skipped). {@code index}: {@code
 * index add} of the corpus into a folder of its own beside the reports, deleted after, and a {@code query} of the corpus
 * against it. In one JVM each, as a user runs the commands one at a time.
 */
final class AotCommandsTraining {
  static final String SCAN_REPORT = "aot-training.jsonl";

  private AotCommandsTraining() {}

  /** {@code scan|index SAMPLE_CORPUS OUTDIR}; the exit code is the first failing command's, else 0. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !List.of("scan", "index").contains(args[0])) {
      System.err.println("usage: AotCommandsTraining scan|index SAMPLE_CORPUS OUTDIR");
      System.exit(2);
    }
    Path corpus = Path.of(args[1]);
    Path out = Path.of(args[2]);
    System.exit(args[0].equals("scan") ? trainScan(corpus, out) : trainIndex(corpus, out));
  }

  /** The scan, a trace and an extract of {@code corpus}, writing into {@code out}; 0 when every one succeeded. */
  static int trainScan(Path corpus, Path out) throws IOException {
    Path scanReport = out.resolve(SCAN_REPORT);
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"scan", "--quiet", "--format", "jsonl", "--out", scanReport.toString(), corpus.toString()});
    int scanned = runAll(commands);
    if (scanned != 0) {
      return scanned;
    }
    commands.clear();
    String traced = firstRelatedDocument(scanReport);
    if (traced != null) {
      commands.add(new String[] {"trace", "--out", out.resolve("aot-training-trace.txt").toString(), "--in", corpus.toString(),
          "--", traced});
    }
    commands.add(new String[] {"extract", corpus.toString()});
    return runAll(commands);
  }

  /** An index of {@code corpus} and a query of it, in a folder of {@code out} deleted after; 0 when both succeeded. */
  static int trainIndex(Path corpus, Path out) throws IOException {
    Path index = Files.createTempDirectory(out, "aot-training-index");
    try {
      return runAll(List.of(new String[] {"index", "add", "--quiet", index.toString(), corpus.toString()},
          new String[] {"query", "--quiet", "--out", out.resolve("aot-training-query.txt").toString(), index.toString(),
              corpus.toString()}));
    } finally {
      FolderTrees.delete(index);
    }
  }

  /** Runs each command in turn; the first non-zero exit code, else 0. */
  private static int runAll(List<String[]> commands) {
    for (String[] command : commands) {
      int exit = DoppelCli.run(command);
      if (exit != 0) {
        return exit;
      }
    }
    return 0;
  }

  /** The id of the first document in the scan's JSON-lines report, null when it related none. */
  static String firstRelatedDocument(Path scanReport) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(scanReport)) {
      JsonNode first = json.readTree(line).path("a");
      if (first.isTextual()) {
        return first.asText();
      }
    }
    return null;
  }
}
