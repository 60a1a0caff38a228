package org.doppel.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.doppel.ingest.CorpusReader;
import org.doppel.report.ExtractedPageReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Shows what Doppel reads from web pages: the article body and its metadata, with where each "
        + "value came from. Reads HTML files, the HTML response records of WARC files and the items of RSS and Atom feeds "
        + "(each item as scan reads it), optionally compressed (.gz, .bz2, .xz, .zst), and those inside tar and zip archives.",
        "Unreadable files and records are reported on stderr and skipped."})
final class ExtractCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "HTML, WARC or feed files, or folders of them; - is standard input: a WARC crawl, an RSS or Atom feed (an item a "
      + "page), or one HTML page (id stdin), compressed or not.")
  List<Path> inputs;

  @Option(names = "--format", description = "text (default) or json (one object per page, record or feed item).")
  Format format = Format.text;

  @Override
  public Integer call() {
    PrintWriter err = Terminal.stderr();
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    int[] pages = {0};
    new CorpusReader(problem -> err.println("doppel: " + problem)).readPages(inputs, page -> {
      pages[0]++;
      if (format == Format.json) {
        ExtractedPageReport.writeJson(page, out);
      } else {
        ExtractedPageReport.writeText(page, out);
      }
    });
    out.flush();
    if (pages[0] == 0) {
      err.println("doppel: no web page could be read from " + ShownPaths.of(inputs));
      return 2;
    }
    return 0;
  }
}
