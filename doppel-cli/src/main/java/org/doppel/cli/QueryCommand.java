package org.doppel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.doppel.DoppelIndex.QueryResult;
import org.doppel.DoppelIndex;
import org.doppel.PagePictures;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.Counted;
import org.doppel.ingest.SourceText;
import org.doppel.provenance.DirectedPair;
import org.doppel.provenance.Provenance;
import org.doppel.relate.PhotoRelations;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.SharedPhoto;
import org.doppel.report.CsvReport;
import org.doppel.report.HtmlReport;
import org.doppel.report.JsonLinesReport;
import org.doppel.report.ProvenanceForReport;
import org.doppel.report.ReportPhotos;
import org.doppel.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Checks each given document against a standing index, without adding it, and reports its related pairs.")
final class QueryCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INDEX", description = "The index folder (made by `doppel index add`).")
  Path index;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Documents to query: any input scan reads.")
  List<Path> inputs;

  @Option(names = "--format", description = "text (default), jsonl, html or csv (a row per shared passage: the matched document's title, date and URL, the passage as each has it); without it, the one --out's name ends in (.jsonl, .html, .csv).")
  ScanCommand.Format format;

  @Option(names = "--top", converter = OptionValues.AtLeastOne.class, paramLabel = "K", description = "At most K pairs per query document, best score first, equal scores earliest published first (default ${DEFAULT-VALUE}).")
  int top = 10;

  @Option(names = "--out", converter = OptionValues.OutputFile.class, paramLabel = "FILE", description = "Write the report here instead of standard output (-: standard output).")
  Path out;

  @Option(names = "--quiet", description = "No summary, and no notes of what each crawl held, on stderr; problems are still said.")
  boolean quiet;

  @CommandLine.Mixin
  DetectionOptions detection = new DetectionOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    CorpusLoader.refuseMissing(inputs, spec.commandLine());
    format = FormatOfOut.of(format, out, ScanCommand.Format.text);
    PrintWriter err = Terminal.stderr();
    return RunReports.withOneReport(err, out, reports -> query(err, reports));
  }

  private Integer query(PrintWriter err, RunReports reports) throws IOException {
    ProblemLines problems = new ProblemLines(err, quiet);
    List<SourceText> queries = new CorpusReader(problems).readAll(inputs);
    problems.sayHeldBack();
    if (queries.isEmpty()) {
      err.println(ProblemLines.nothingRead("document", inputs, problems.count()));
      return 2;
    }
    List<QueryResult> results = new ArrayList<>();
    try (DoppelIndex target = detection.builder().openIndexReadOnly(index)) {
      for (SourceText query : queries) {
        results.add(target.query(query, top, problems));
      }
    }
    reports.write(out, writer -> render(results, problems.count(), writer));
    if (!quiet) {
      // as scan's: a query that finds nothing writes no report line, and must not look like one that did not run
      int pairs = results.stream().mapToInt(result -> result.pairs().size()).sum();
      long unmatched = results.stream().filter(result -> result.pairs().isEmpty()).count();
      err.println("doppel: " + Counted.of(queries.size(), "query document") + ", " + Counted.of(pairs, "related pair")
          + (unmatched == 0 || queries.size() == 1 ? "" : " (" + unmatched + " of the query documents matched nothing)")
          + ", " + problems.summary());
    }
    return 0;
  }

  private void render(List<QueryResult> results, int problemCount, Writer writer) throws IOException {
    Map<String, SourceText> documents = new HashMap<>();
    Map<String, List<SharedPhoto>> photos = new HashMap<>();
    PagePictures thumbnails = new PagePictures(problem -> { });
    List<RelatedPair> pairs = new ArrayList<>();
    List<DirectedPair> directed = new ArrayList<>();
    for (QueryResult result : results) {
      documents.putAll(result.documents());
      photos.putAll(result.photos());
      pairs.addAll(result.pairs());
      directed.addAll(result.provenance().pairs());
      if (format == ScanCommand.Format.jsonl) {
        new JsonLinesReport(id -> result.documents().get(id).text()).withProvenance(result.provenance())
            .withPhotos(result::photosOf).withFirst(result.query().id()).write(result.pairs(), writer);
      } else if (format == ScanCommand.Format.text) {
        new TextReport(id -> result.documents().get(id).text(), 240).withProvenance(result.provenance())
            .withMetadata(id -> result.documents().get(id).metadata())
            .withPhotos(result::photosOf).withFirst(result.query().id()).write(result.pairs(), new PrintWriter(writer));
      }
    }
    Provenance provenance = new Provenance(directed, List.of(), List.of());
    if (format == ScanCommand.Format.csv) {
      // scan's table, for a fact-checker's spreadsheet: each match's date, title and URL beside the passage (the format
      // was accepted and an empty file written, exit 0, "8 related pairs")
      new CsvReport(id -> documents.get(id).text(), id -> documents.get(id).metadata(),
          pair -> ProvenanceForReport.direction(provenance, pair)).write(pairs, writer);
    }
    if (format == ScanCommand.Format.html) {
      new HtmlReport(id -> documents.get(id).text()).withMetadata(id -> documents.get(id).metadata())
          .withDirections(pair -> ProvenanceForReport.direction(provenance, pair))
          .withDocumentCount(documents.size()).withInputProblemCount(problemCount)
          // the index keeps hashes, not pictures: thumbnails are read again from beside the pages, where they still are
          .withPhotos(new ReportPhotos(
              pair -> photos.getOrDefault(PhotoRelations.key(pair.a(), pair.b()), List.of()),
              id -> Optional.ofNullable(documents.get(id.substring(0, Math.max(0, id.indexOf('#')))))
                  .flatMap(document -> thumbnails.thumbnail(document, id))))
          .write(pairs, writer);
    }
  }
}
