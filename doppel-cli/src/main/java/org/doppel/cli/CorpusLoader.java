package org.doppel.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.Corpus;
import org.doppel.Doppel;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.DuplicateIdAdvice;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.InputsNotFound;
import org.doppel.ingest.ProblemSummary;
import org.doppel.ingest.SourceText;
import org.doppel.ingest.TerminalText;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Reads the documents named on the command line into a {@link Corpus}: input problems and repeated ids are
 * reported on {@code err} and skipped, and the run goes on.
 */
final class CorpusLoader {
  /** What the commands that read a corpus take, for their --help: every format {@code InputFormat} knows. */
  static final String INPUT_HELP = "Folders or files: text (txt), Markdown (md, mdx), JSON Lines (jsonl, json), HTML (html, htm), WARC crawls (warc, wet), RSS or Atom feeds (rss, atom, xml: an item a document) and CSV or TSV tables (csv, tsv: a row a document, its header naming the columns), each optionally compressed (gz, bz2, xz, zst), and tar and zip archives of them (tar, tar.gz, tgz, tar.bz2, tar.xz, tar.zst, zip); a file of no extension (corpus/d00001) is read by its first bytes, as standard input is; - is standard input: JSON Lines, an RSS or Atom feed, a CSV or TSV table, an HTML page (<!DOCTYPE html or <html), or one plain text (id stdin), compressed or not.";

  /** The documents read, ready to be added, and how many input problems were met, and how many of them skipped something. */
  record Loaded(Corpus corpus, List<SourceText> documents, int problems, int skipped) {
    /** The summary line's words for them ({@link ProblemSummary#of}). */
    String problemSummary() {
      return ProblemSummary.of(problems, skipped);
    }

    /**
     * The summary line's words for them and for {@code later}, the problems met after the documents were read (a
     * scan's pictures that cannot be read: warnings about their pages), in one count and one split.
     */
    String problemSummary(ProblemLines later) {
      return ProblemSummary.of(problems + later.count(), skipped + later.skipped());
    }

    /**
     * True, after saying so on {@code err}, when not one document could be read: a run over nothing
     * must fail (exit 2) so that a script with a mistyped path notices, instead of reporting "0 pairs".
     */
    boolean nothingRead(List<Path> paths, PrintWriter err) {
      if (!documents.isEmpty()) {
        return false;
      }
      err.println(ProblemLines.nothingRead("document", paths, problems));
      return true;
    }
  }

  private CorpusLoader() {}

  /**
   * Refuses, before anything is read, a corpus path named on the command line that does not exist (a mistyped one): a
   * run that went on without it wrote reports and a keep/drop list that left its documents out and exited 0, a line on
   * stderr the only sign, which a script does not read. A link to nothing stays a problem named as the scan goes on.
   */
  static void refuseMissing(List<Path> paths, CommandLine commandLine) {
    List<String> missing = new ArrayList<>();
    for (Path path : paths) {
      if (!path.toString().equals("-") && Files.notExists(path, LinkOption.NOFOLLOW_LINKS)) {
        missing.add(TerminalText.oneLine(path.toString()));
      }
    }
    if (!missing.isEmpty()) {
      throw new CommandLine.ParameterException(commandLine, InputsNotFound.refusal(missing));
    }
  }

  /** Reads {@code paths} into a corpus built by {@code builder}. */
  static Loaded read(List<Path> paths, Doppel.Builder builder, PrintWriter err) {
    return read(paths, builder, err, List.of(), false);
  }

  /**
   * Reads {@code paths} into a corpus built by {@code builder}, leaving out {@code written}: the report files this
   * run writes (absent ones are ignored), so that a report kept beside the corpus is not read back next time; a
   * {@code quiet} run says problems but not notes ({@link ProblemLines}).
   */
  static Loaded read(List<Path> paths, Doppel.Builder builder, PrintWriter err, List<@Nullable Path> written, boolean quiet) {
    ProblemLines problems = new ProblemLines(err, quiet);
    List<Path> reports = new ArrayList<>();
    for (Path file : written) {
      if (file != null) {
        reports.add(file);
        noteIfInside(file, "report", paths, err);
      }
    }
    CorpusReader reader = new CorpusReader(problems).withThreads(builder.settings().threads()).skipping(reports);
    // Repeated ids are dropped as the documents arrive, in name order, while the pool reads the next files:
    // afterwards, it was a tenth of a second at 100,000 documents on one thread between reading and adding.
    List<SourceText> unique = new ArrayList<>();
    Map<String, String> originById = new HashMap<>();
    reader.read(paths, document -> {
      String first = originById.putIfAbsent(document.id(), document.origin());
      if (first == null) {
        unique.add(document);
      } else if (first.equals(document.origin()) && !first.contains("\uFFFD")) {
        // the same file reached twice (a folder and a file in it, or a folder named twice): nothing is lost, and the
        // advice below ("to keep both") made no sense; a name with U+FFFD may be two files whose bytes decoded alike
        err.println("doppel: " + IngestProblem.note(document.origin(), "named more than once, read once"));
      } else {
        // Two folders given side by side often hold the same relative names (two saved sites'
        // index.html): say how to keep both, since ids are relative to the folder given; records name their own.
        problems.counted("doppel: " + DuplicateIdAdvice.line(document.id(), first, document.origin()));
      }
    });
    problems.sayHeldBack();
    return new Loaded(builder.build(), unique, problems.count(), problems.skipped());
  }

  /**
   * Says on {@code err} that {@code written}, this run's {@code what} (report, index), is left out of the corpus
   * {@code paths} it lies inside; nothing when it lies outside them.
   */
  static void noteIfInside(Path written, String what, List<Path> paths, PrintWriter err) {
    Path file = written.toAbsolutePath().normalize();
    for (Path path : paths) {
      Path root = path.toAbsolutePath().normalize();
      if (!file.equals(root) && file.startsWith(root)) {
        err.println("doppel: " + written + " lies inside " + path + ": it is this run's " + what + ", not read as a document");
        return;
      }
    }
  }
}
