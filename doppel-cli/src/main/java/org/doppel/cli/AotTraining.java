package org.doppel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doppel.bench.SyntheticCorpus;

/**
 * The training run of the copy scan's ahead-of-time cache, which {@code ./doppel} makes on JDK 25 and later after each
 * build beside the cache of every other run ({@code java -XX:AOTCacheOutput=doppel-copies.aot -cp doppel.jar
 * org.doppel.cli.AotTraining OUTDIR}) and gives to {@code scan --copies-only}. A cache keeps the classes its training
 * run loaded and which methods that run used and compiled, and a later run's compiler takes up those methods sooner.
 *
 * <p>The run scans ({@code scan --copies-only}) {@value #DOCUMENTS} synthetic news-like plain-text files, written to a
 * folder of its own beside the report and deleted after, so that the cache learns the copy scan's per-document code as a scan of thousands
 * of documents runs it. The other cache is trained on a scan with rewrite detection of the sample corpus, a dozen
 * documents; a copy scan of 5,000 or 20,000 documents took about 0.1 s less CPU with this one (docs/benchmarks.md,
 * "The copy scan at 20k: warm-up and fixed costs").
 */
final class AotTraining {
  /** Documents of the synthetic corpus: about 8 MB of text, two or three seconds of CPU. */
  static final int DOCUMENTS = 2000;
  private static final long SEED = 24;
  static final String REPORT = "aot-training-copies.jsonl";

  private AotTraining() {}

  /** {@code OUTDIR}: the report is written there as {@code aot-training-copies.jsonl}; the exit code is the scan's. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: AotTraining OUTDIR");
      System.exit(2);
    }
    System.exit(train(Path.of(args[0]), DOCUMENTS));
  }

  /**
   * The training scan of {@code documents} synthetic documents, its report in {@code out}; the scan's exit code. The
   * files are written to a folder in {@code out} (the build's folder, which the launcher can write), not to the system's
   * temporary folder, which may refuse them: a failed training leaves no cache, and each run would train again.
   */
  static int train(Path out, int documents) throws IOException {
    Path corpus = Files.createTempDirectory(out, "aot-training-corpus");
    try {
      writeCorpus(corpus, documents, SEED);
      return DoppelCli.run("scan", "--copies-only", "--quiet", "--format", "jsonl", "--out",
          out.resolve(REPORT).toString(), corpus.toString());
    } finally {
      FolderTrees.delete(corpus);
    }
  }

  /** The synthetic corpus of {@code size} documents from {@code seed}, one {@code ID.txt} file a document. */
  static void writeCorpus(Path folder, int size, long seed) throws IOException {
    for (SyntheticCorpus.Planted planted : SyntheticCorpus.generate(size, seed).planted()) {
      Files.writeString(folder.resolve(planted.source().id() + ".txt"), planted.source().text());
    }
  }

}
