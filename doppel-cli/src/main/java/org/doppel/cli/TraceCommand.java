package org.doppel.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.doppel.Corpus;
import org.doppel.Doppel;
import org.doppel.provenance.DocumentTrace;
import org.doppel.provenance.Provenance;
import org.doppel.report.TraceReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

  @Option(names = "--format", description = "text (default) or json.")
  Format format = Format.text;

  @Option(names = "--out", converter = OptionValues.OutputFile.class, paramLabel = "FILE", description = "Write here instead of standard output (-: standard output).")
  Path out;

  @CommandLine.Mixin
  DetectionOptions detection = new DetectionOptions();


  @Override
  public Integer call() throws IOException {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    ReportFiles.checkWritable(out);
    Doppel.Builder builder = detection.corpusBuilder();
    CorpusLoader.Loaded loaded = CorpusLoader.read(corpus, builder, err, Arrays.asList(out));
    if (loaded.nothingRead(corpus, err)) {
      return 2;
    }
    Corpus index = loaded.corpus();
    if (loaded.documents().stream().noneMatch(d -> d.id().equals(document))) {
      err.println("doppel trace: no document '" + document + "' in " + corpus + " (" + loaded.documents().size()
          + " documents read; ids are paths relative to the folder given, without extension)");
      return 2;
    }
    index.addAll(loaded.documents());
    Provenance provenance = index.provenanceOfAllPairs(org.doppel.ScanProgress.NONE);
    DocumentTrace trace = index.trace(document, provenance);
    TraceReport report = new TraceReport(id -> index.get(id).text(), 200);
    ReportFiles.write(out, writer -> {
      if (format == Format.json) {
        report.writeJson(trace, writer);
      } else {
        report.writeText(trace, new PrintWriter(writer));
      }
    });
    return 0;
  }
}
