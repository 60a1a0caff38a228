package org.doppel.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The web pages of one file, for {@code extract}: an HTML file, the HTML records of a WARC crawl, or those of each member
 * of a tar or zip archive, each page handed on with its article. A file of any other format is reported and skipped,
 * as is a file that cannot be read, with its location and the reason.
 *
 * @param expansionLimit when decompressing an archive stops (a bomb)
 * @param webPages reads the pages of HTML files and WARC crawls
 * @param articles hands a page's article on
 */
record FilePages(Consumer<IngestProblem> problems, ExpansionLimit expansionLimit, WebPageReader webPages, ArticleExtraction articles) {
  private static final String NOT_A_PAGE = "not a web page (.html, .htm, .warc, optionally compressed)";

  /** Reads the pages of one file found by the walk (an HTML file, a WARC crawl, an archive of them), reporting any other. */
  void read(Path file, String name, Consumer<ExtractedPage> sink) {
    Optional<ArchiveFormat> archive = ArchiveFormat.of(file.getFileName().toString());
    Optional<InputFormat> format = InputFormat.of(file.getFileName().toString());
    String location = file.toString();
    if (archive.isEmpty() && (format.isEmpty() || format.get() != InputFormat.HTML && format.get() != InputFormat.WARC)) {
      problems.accept(new IngestProblem(location, NOT_A_PAGE, true));
      return;
    }
    try {
      if (archive.isPresent()) {
        new ArchiveReader(problems, expansionLimit).read(file, archive.get().strip(name), archive.get(), (member, in, walkExpansion) -> {
          if (member.format() != InputFormat.HTML && member.format() != InputFormat.WARC) {
            problems.accept(new IngestProblem(member.location(), NOT_A_PAGE, true));
          } else {
            webPages.read(in, member.id(), member.location(), member.format(), page -> articles.extractInto(page, sink), null, walkExpansion);
          }
        });
        return;
      }
      webPages.read(file, InputFormat.stripExtension(name), format.get(), page -> articles.extractInto(page, sink), null);
    } catch (IOException e) {
      problems.accept(new IngestProblem(location, ReadFailureReasons.of(e), true));
    }
  }
}
