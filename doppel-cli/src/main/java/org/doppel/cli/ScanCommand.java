package org.doppel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.doppel.Corpus;
import org.doppel.Doppel;
import org.doppel.ScanPhotos;
import org.doppel.ingest.Counted;
import org.doppel.ingest.SourceText;
import org.doppel.provenance.Provenance;
import org.doppel.relate.PhotoRelations;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.SharedPhoto;
import org.doppel.report.CsvReport;
import org.doppel.report.DuplicateSet;
import org.doppel.report.DuplicateSets;
import org.doppel.report.FamiliesGraphMl;
import org.doppel.report.FamiliesJsonLines;
import org.doppel.report.HtmlReport;
import org.doppel.report.JsonLinesReport;
import org.doppel.report.ProvenanceForReport;
import org.doppel.report.ReportPhotos;
import org.doppel.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Reads every document under the given folders and files and reports the pairs that share text.")
final class ScanCommand implements Callable<Integer> {
  enum Format { text, jsonl, html, csv }

  @Parameters(arity = "1..*", paramLabel = "CORPUS", description = CorpusLoader.INPUT_HELP)
  List<Path> corpus;

  @Option(names = "--format", description = "text (default), jsonl, html or csv (a row per shared passage: both documents' titles, dates and URLs, the passage as each has it, the likely original and why; for a spreadsheet); without it, the one --out's name ends in (.jsonl, .html, .csv).")
  Format format;

  @Option(names = "--out", converter = OptionValues.OutputFile.class, paramLabel = "FILE", description = "Write the report here instead of standard output (-: standard output).")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  DetectionOptions detection = new DetectionOptions();

  @Option(names = "--families", paramLabel = "FILE",
      description = "Also write the story families here, one JSON object per family (every document in one); a name"
          + " ending in .graphml writes them as one GraphML graph (Gephi, Cytoscape, networkx): a node per document, an edge"
          + " from each source to its copy.")
  Path families;

  @Option(names = "--story-links",
      description = "Also join each document in no reported pair to the story family it most resembles by its specific words"
          + " (names, places, figures, rare words; only in a corpus of 1,000 documents or more), never as a pair; written in"
          + " the families output as story_links; doppel-spark scan --story-links gives the same (see docs/quality.md, \"Story links\").")
  boolean storyLinks;

  @Option(names = "--duplicates", paramLabel = "FILE",
      description = "Also write the sets of exact and near-duplicate copies here, one JSON object per set, "
          + "{\"keep\": ID, \"drop\": [ID...]}: dropping every \"drop\" keeps one document of each set.")
  Path duplicates;

  @Option(names = "--quiet", description = "No progress bar, summary or notes of what each crawl held on stderr; problems are still said.")
  boolean quiet;

  @Option(names = "--no-photos", description = "Do not look at the pages' photos (shared photos, shared_photo pairs).")
  boolean noPhotos;

  @Override
  public Integer call() throws IOException {
    format = FormatOfOut.of(format, out, Format.text);
    PrintWriter err = Terminal.stderr();
    CorpusLoader.refuseMissing(corpus, spec.commandLine());
    checkOutputs();
    try (RunReports reports = RunReports.open(err, out, families, duplicates)) {
      return scan(err, reports);
    }
  }

  private Integer scan(PrintWriter err, RunReports reports) throws IOException {
    Doppel.Builder builder = detection.builder().storyLinks(storyLinks);
    CorpusLoader.Loaded loaded = CorpusLoader.read(corpus, builder, err, Arrays.asList(out, families, duplicates), quiet);
    if (loaded.nothingRead(corpus, err)) {
      return 2;
    }
    Corpus index = loaded.corpus();
    List<SourceText> unique = loaded.documents();
    try (ProgressReporter progress = ProgressReporter.create(!quiet && Terminal.isInteractive())) {
      int threads = detection.threadsOrAllCores();
      ScanPhotos scanPhotos = new ScanPhotos(threads);
      BackgroundPhotos photosFound = noPhotos ? BackgroundPhotos.none() : BackgroundPhotos.find(scanPhotos, unique, threads);
      progress.update("analyse", 0, unique.size());
      index.addAll(unique);
      Provenance provenance = index.provenanceOfAllPairs(progress);
      progress.close();
      // a page's picture that cannot be read is a warning about the page, counted with the input problems
      ProblemLines pictureProblems = new ProblemLines(err, quiet);
      Map<String, List<SharedPhoto>> photos = photosFound.result(pictureProblems);
      pictureProblems.sayHeldBack();
      int problems = loaded.problems() + pictureProblems.count();
      List<RelatedPair> pairs = PhotoRelations.withPhotoOnlyPairs(provenance.relatedPairs(), photos);
      Function<RelatedPair, List<SharedPhoto>> photosOf = pair -> photos.getOrDefault(PhotoRelations.key(pair.a(), pair.b()), List.of());
      ReportPhotos reportPhotos = new ReportPhotos(photosOf, scanPhotos::thumbnail);
      reports.write(out, writer -> render(pairs, provenance, reportPhotos, index, problems, threads, writer));
      List<DuplicateSet> sets = writeFamiliesAndDuplicates(provenance, pairs, index, unique, threads, reports);
      if (!quiet) {
        err.println("doppel: " + Counted.of(unique.size(), "document") + ", " + Counted.of(pairs.size(), "related pair") + ", "
            + loaded.problemSummary(pictureProblems));
        if (duplicates != null) {
          // what a deduplicator asks first: how much of the corpus the list drops
          int dropped = sets.stream().mapToInt(set -> set.drop().size()).sum();
          err.println("doppel: " + duplicates + ": " + Counted.of(sets.size(), "set") + " of copies; dropping "
              + Counted.of(dropped, "document") + " keeps " + (unique.size() - dropped) + " of " + unique.size());
        }
      }
    }
    return 0;
  }

  /**
   * Refuses, before the corpus is read, standard output for a side file (it is the report's), one file named for two
   * outputs, and a file that cannot be written.
   */
  private void checkOutputs() throws IOException {
    if (families != null && families.toString().equals("-")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--families needs a file: standard output is the report's");
    }
    if (duplicates != null && duplicates.toString().equals("-")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--duplicates needs a file: standard output is the report's");
    }
    refuseSameFile(out, "--out", families, "--families");
    refuseSameFile(out, "--out", duplicates, "--duplicates");
    refuseSameFile(families, "--families", duplicates, "--duplicates");
    ReportFiles.checkWritable(out);
    ReportFiles.checkWritable(families);
    ReportFiles.checkWritable(duplicates);
  }

  /**
   * Writes {@code --families} (JSON Lines, or GraphML for a .graphml file) and {@code --duplicates}, where they are asked
   * for, through {@code reports}, and returns the duplicate sets listed (none without {@code --duplicates}).
   */
  private List<DuplicateSet> writeFamiliesAndDuplicates(Provenance provenance, List<RelatedPair> pairs, Corpus index,
      List<SourceText> unique, int threads, RunReports reports) throws IOException {
    if (families != null) {
      reports.write(families, writer -> {
        if (isGraphMl(families)) {
          new FamiliesGraphMl(id -> index.get(id).metadata()).write(provenance.families(), writer);
        } else {
          new FamiliesJsonLines(threads, provenance::originUnknown).write(provenance.families(), writer);
        }
      });
    }
    if (duplicates == null) {
      return List.of();
    }
    List<String> ids = unique.stream().map(SourceText::id).toList();
    List<DuplicateSet> sets = DuplicateSets.find(pairs, ids, id -> index.get(id).text());
    reports.write(duplicates, writer -> DuplicateSets.write(sets, writer));
    return sets;
  }

  /** Whether {@code --families} names a GraphML file (.graphml): the families as one graph, for Gephi, Cytoscape or networkx. */
  static boolean isGraphMl(Path file) {
    return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".graphml");
  }

  /** Two report options naming one file: one report would overwrite the other. */
  private void refuseSameFile(Path first, String firstOption, Path second, String secondOption) {
    if (first != null && second != null && first.toAbsolutePath().normalize().equals(second.toAbsolutePath().normalize())) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          firstOption + " and " + secondOption + " name the same file, " + first + ": one would overwrite the other");
    }
  }

  private void render(List<RelatedPair> pairs, Provenance provenance, ReportPhotos reportPhotos, Corpus index,
                      int problemCount, int threads, Writer writer) throws IOException {
    Function<RelatedPair, List<SharedPhoto>> photos = reportPhotos.photosOf();
    switch (format) {
      case jsonl -> JsonLinesReport.ofSources(index::get).withProvenance(provenance).withPhotos(photos).withThreads(threads).write(pairs, writer);
      case text -> new TextReport(id -> index.get(id).text(), 240).withProvenance(provenance).withPhotos(photos)
          .write(pairs, new PrintWriter(writer));
      case html -> new HtmlReport(id -> index.get(id).text()).withMetadata(id -> index.get(id).metadata())
          .withDirections(pair -> ProvenanceForReport.direction(provenance, pair))
          .withFamilies(ProvenanceForReport.families(provenance))
          .withDocumentCount(index.size()).withInputProblemCount(problemCount).withPhotos(reportPhotos)
          .write(pairs, writer);
      case csv -> new CsvReport(id -> index.get(id).text(), id -> index.get(id).metadata(),
          pair -> ProvenanceForReport.direction(provenance, pair)).write(pairs, writer);
    }
  }
}
