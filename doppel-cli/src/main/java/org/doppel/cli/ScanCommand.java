package org.doppel.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.doppel.Corpus;
import org.doppel.Doppel;
import org.doppel.RewriteSettings;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.doppel.report.HtmlReport;
import org.doppel.report.JsonLinesReport;
import org.doppel.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Reads every document under the given folders and files and reports the pairs that share text.")
final class ScanCommand implements Callable<Integer> {
  enum Format { text, jsonl, html }

  @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Folders or files: .txt, .md, .jsonl, .html (optionally .gz).")
  List<Path> corpus;

  @Option(names = "--format", description = "text (default), jsonl or html.")
  Format format = Format.text;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
  Path out;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--quiet", description = "No progress bar or summary on stderr.")
  boolean quiet;

  @Option(names = "--copies-only", description = "Find exact copies, near-duplicates and reused passages only: no paraphrase (rewrite) detection.")
  boolean copiesOnly;

  @Option(names = "--no-model", description = "Judge reworded sentences on words and facts alone, without the sentence-embedding model.")
  boolean noModel;

  @Override
  public Integer call() throws IOException {
    List<IngestProblem> problems = new ArrayList<>();
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CorpusReader reader = new CorpusReader(problem -> {
      problems.add(problem);
      err.println("doppel: " + problem);
    });
    List<SourceText> documents = reader.readAll(corpus);
    Doppel.Builder builder = Doppel.builder();
    if (threads != null) {
      builder.threads(threads);
    }
    if (copiesOnly) {
      builder.rewrites(RewriteSettings.OFF);
    } else if (!noModel) {
      builder.embeddingModel();
    }
    Corpus index = builder.build();
    List<SourceText> unique = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (SourceText document : documents) {
      if (seen.add(document.id())) {
        unique.add(document);
      } else {
        err.println("doppel: " + document.origin() + ": duplicate document id '" + document.id() + "' (skipped)");
      }
    }
    try (ProgressReporter progress = ProgressReporter.create(!quiet && Terminal.isInteractive())) {
      progress.update("analyse", 0, unique.size());
      index.addAll(unique);
      List<RelatedPair> pairs = index.findAllPairs(progress);
      progress.close();
      writeReport(pairs, index, problems.size());
      if (!quiet) {
        err.printf("doppel: %d documents, %d related pairs, %d input problems%n", unique.size(), pairs.size(), problems.size());
      }
    }
    return 0;
  }

  private void writeReport(List<RelatedPair> pairs, Corpus index, int problemCount) throws IOException {
    if (out == null) {
      Writer stdout = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      render(pairs, index, problemCount, stdout);
      stdout.flush();
      return;
    }
    // Write next to the target and move into place, so an interrupted run never leaves half a report.
    Path absolute = out.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), ".doppel-", ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        render(pairs, index, problemCount, writer);
      }
      makeReadable(temp);
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Temporary files are created owner-only; a report is an ordinary file others may read. */
  private static void makeReadable(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private void render(List<RelatedPair> pairs, Corpus index, int problemCount, Writer writer) throws IOException {
    switch (format) {
      case jsonl -> new JsonLinesReport(id -> index.get(id).text()).write(pairs, writer);
      case text -> new TextReport(id -> index.get(id).text(), 240).write(pairs, new PrintWriter(writer));
      case html -> new HtmlReport(id -> index.get(id).text()).withMetadata(id -> index.get(id).metadata()).withDocumentCount(index.size()).withInputProblemCount(problemCount)
          .write(pairs, writer);
    }
  }
}
