package org.doppel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.doppel.Corpus;
import org.doppel.Doppel;
import org.doppel.ScanPhotos;
import org.doppel.ScanProgress;
import org.doppel.ingest.Counted;
import org.doppel.ingest.SourceText;
import org.doppel.ingest.TerminalText;
import org.doppel.provenance.DocumentTrace;
import org.doppel.provenance.Provenance;
import org.doppel.report.TraceReport;
import org.doppel.report.TracedPhotos;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "trace", mixinStandardHelpOptions = true,
    description = {"Answers one document's provenance questions: its story family and the family tree, its likely "
        + "origin, what it took and from whom, and everything that copied it, ranked, with the shared passages.",
        "Exit code 2 when the document is not in the corpus."})
final class TraceCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(index = "0", paramLabel = "DOC", description = "Document id, as scan reports it (e.g. dev0044 or x/42).")
  String document;

  @Option(names = "--in", required = true, arity = "1..*", paramLabel = "CORPUS", description = CorpusLoader.INPUT_HELP)
  List<Path> corpus;

  @Option(names = "--format", description = "text (default) or json; without it, json when --out ends in .json.")
  Format format;

  @Option(names = "--out", converter = OptionValues.OutputFile.class, paramLabel = "FILE", description = "Write here instead of standard output (-: standard output).")
  Path out;

  @Option(names = "--no-photos", description = "Do not look at the pages' photos (the \"shares a photo with\" section), as scan --no-photos.")
  boolean noPhotos;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DetectionOptions detection = new DetectionOptions();


  /**
   * The ids to give instead of DOC, or nothing: when DOC names a file the corpus read (the path a user has at hand,
   * "c2/a.txt"), its documents; else, when DOC is the address of pages read (a crawl's page, whose id is the file's id,
   * '/', and the address), their ids. Not taken in DOC's place: a path or an address and an id may be the same string
   * for two documents, and an address crawled in two files is two documents.
   */
  private String idOfFile(List<SourceText> documents) {
    String wanted = existingFile(document);
    List<String> ids = documents.stream()
        .filter(d -> wanted != null ? d.origin() != null && sameFile(d.origin(), wanted) : document.equals(d.metadata().url()))
        .map(SourceText::id).limit(MAX_IDS_SHOWN + 1).toList();
    if (ids.isEmpty()) {
      return "";
    }
    String what = wanted != null ? "that file" : "the page at that address";
    if (ids.size() == 1) {
      return "; " + what + " is the document '" + TerminalText.oneLine(ids.get(0)) + "': doppel trace "
          + TerminalText.oneLine(ids.get(0)) + " --in …";
    }
    // a crawl or a JSON Lines file holds many documents, and an address crawled on several days is one document a day
    return "; " + what + " is " + (ids.size() > MAX_IDS_SHOWN ? "more than " + MAX_IDS_SHOWN : ids.size()) + " documents, "
        + String.join(", ", ids.stream().limit(MAX_IDS_SHOWN).map(id -> "'" + TerminalText.oneLine(id) + "'").toList())
        + (ids.size() > MAX_IDS_SHOWN ? ", …" : "");
  }

  /** How many ids the hint names at most. */
  private static final int MAX_IDS_SHOWN = 3;

  /** DOC as an absolute path when it names a regular file, else null. */
  private static String existingFile(String document) {
    try {
      Path file = Path.of(document).toAbsolutePath().normalize();
      return Files.isRegularFile(file) ? file.toString() : null;
    } catch (InvalidPathException notAPath) {
      return null;
    }
  }

  /**
   * Whether a document read from {@code origin} came from {@code file}: the file itself, or a record of it (a JSON Lines
   * record's origin is "FILE:LINE", a crawl's page "FILE@OFFSET", an archive member "ARCHIVE!/MEMBER").
   */
  private static boolean sameFile(String origin, String file) {
    if (samePath(origin, file)) {
      return true;
    }
    for (int i = origin.length() - 1; i > 0; i--) {
      char c = origin.charAt(i);
      if ((c == ':' || c == '@' || c == '!') && samePath(origin.substring(0, i), file)) {
        return true;
      }
    }
    return false;
  }

  private static boolean samePath(String path, String file) {
    try {
      return Path.of(path).toAbsolutePath().normalize().toString().equals(file);
    } catch (InvalidPathException notAPath) {
      return false;
    }
  }

  @Override
  public Integer call() throws IOException {
    CorpusLoader.refuseMissing(corpus, spec.commandLine());
    format = FormatOfOut.of(format, out, Format.text);
    PrintWriter err = Terminal.stderr();
    return RunReports.withOneReport(err, out, reports -> trace(err, reports));
  }

  private Integer trace(PrintWriter err, RunReports reports) throws IOException {
    Doppel.Builder builder = detection.builder();
    CorpusLoader.Loaded loaded = CorpusLoader.read(corpus, builder, err, Arrays.asList(out), false);
    if (loaded.nothingRead(corpus, err)) {
      return 2;
    }
    Corpus index = loaded.corpus();
    if (loaded.documents().stream().noneMatch(d -> d.id().equals(document))) {
      err.println("doppel trace: no document '" + TerminalText.oneLine(document) + "' in " + ShownPaths.of(corpus) + " (" + Counted.of(loaded.documents().size(), "document")
          + " read; ids are paths relative to the folder given, without extension)" + idOfFile(loaded.documents()));
      return 2;
    }
    index.addAll(loaded.documents());
    Provenance provenance = index.provenanceOfAllPairs(ScanProgress.NONE);
    DocumentTrace trace = index.trace(document, provenance);
    // the pages that show the document's photos, as scan finds them (a page that shares a photo and no text is in no family)
    TracedPhotos photos = noPhotos ? TracedPhotos.NONE : TracedPhotos.of(document,
        new ScanPhotos(detection.threadsOrAllCores()).find(loaded.documents(), problem -> err.println("doppel: " + problem)));
    TraceReport report = new TraceReport(id -> index.get(id).text(), 200, photos);
    reports.write(out, writer -> {
      if (format == Format.json) {
        report.writeJson(trace, writer);
      } else {
        report.writeText(trace, new PrintWriter(writer));
      }
    });
    return 0;
  }
}
