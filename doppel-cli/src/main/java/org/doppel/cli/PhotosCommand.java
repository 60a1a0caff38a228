package org.doppel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.doppel.PhotoFinder;
import org.doppel.ingest.Counted;
import org.doppel.ingest.image.ImageInput;
import org.doppel.ingest.image.PhotoInputs;
import org.doppel.match.photo.PhotoThresholds;
import org.doppel.match.photo.SiteFurniture;
import org.doppel.report.PhotoPairsHtml;
import org.doppel.report.PhotoPairsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "photos", mixinStandardHelpOptions = true,
    description = {"Finds the pictures that show the same photo, resized, recompressed, recoloured, overlaid, slightly rotated, "
        + "mirrored, cropped or with a caption band added: in picture files (JPEG, PNG, GIF, WebP, BMP), saved web pages "
        + "(their <img> resolved to files beside the page) and WARC crawls (their <img> resolved to the crawl's picture records).",
        "A site's furniture (a picture on 3 or more pages of one site: its logo, icons, portraits; or a share card two of its "
            + "pages name only in their heads) is not paired within "
            + "that site; SVG drawings are passed over.",
        "Unreadable, truncated or oversized pictures are reported on stderr by name and skipped."})
final class PhotosCommand implements Callable<Integer> {
  enum Format { text, jsonl, html }

  @Parameters(arity = "1..*", paramLabel = "IMAGES_OR_PAGES", description = "Picture files, web pages, WARC files or folders of them (not - : a page's pictures are files beside it, and a crawl is read twice).")
  List<Path> inputs;

  @Option(names = "--format", description = "text (default), jsonl or html (thumbnails embedded); without it, the one --out's name ends in (.jsonl, .html).")
  Format format;

  @Option(names = "--out", converter = OptionValues.OutputFile.class, paramLabel = "FILE", description = "Write the report here instead of standard output (-: standard output).")
  Path out;

  @Option(names = "--threads", converter = OptionValues.Threads.class, paramLabel = "N", description = "Decoding threads (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--quiet", description = "No summary on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    format = FormatOfOut.of(format, out, Format.text);
    PrintWriter err = Terminal.stderr();
    return RunReports.withOneReport(err, out, reports -> photos(err, reports));
  }

  private Integer photos(PrintWriter err, RunReports reports) throws IOException {
    // every problem is said and counted in the summary's split, as scan's are: a picture that cannot be read is left
    // out (skipped), a file read with a warning is one
    ProblemLines problems = new ProblemLines(err);
    PhotoInputs read = new PhotoInputs(problems);
    List<ImageInput> pictures = read.read(inputs);
    PhotoFinder.Result result = new PhotoFinder(threads, PhotoThresholds.DEFAULTS).find(pictures, problems);
    problems.sayHeldBack();
    // the logos, icons and portraits a site repeats on its pages are not reuse of a photo, nor is a stock icon that
    // several sites repeat on theirs
    SiteFurniture.Sorted sorted = SiteFurniture.withoutFurnitureOfBothSites(SiteFurniture.sort(result.pairs(), read::placeOf));
    if (pictures.isEmpty()) {
      // As scan: a run that read nothing (a mistyped path, a folder of other files) must not look like a clean result.
      err.println(ProblemLines.nothingRead("picture", inputs, problems.count()));
      return 2;
    }
    Map<String, ImageInput> byId = new HashMap<>();
    pictures.forEach(p -> byId.putIfAbsent(p.id(), p));
    reports.write(out, writer -> {
      switch (format) {
        case jsonl -> new PhotoPairsReport().writeJsonLines(sorted.kept(), writer);
        case text -> new PhotoPairsReport().writeText(sorted.kept(), new PrintWriter(writer));
        case html -> new PhotoPairsHtml(id -> picture(byId.get(id))).write(sorted.kept(), writer);
      }
    });
    if (!quiet) {
      err.println("doppel: " + Counted.of(result.ids().size(), "picture") + ", " + Counted.of(sorted.kept().size(), "pair")
          + " showing the same photo, " + problems.summary()
          + (result.flat() == 0 ? "" : "; " + Counted.of(result.flat(), "flat picture") + " (one colour: spacers, placeholders, tracking pixels) not compared")
          + (sorted.furniture().isEmpty() ? "" : "; " + Counted.of(sorted.furniture().size(), "site picture") + " (on "
              + SiteFurniture.MIN_PAGES + " or more pages of one site, or its share card on two: logos, icons, portraits, banners) set aside, "
              + Counted.of(sorted.pairsSetAside(), "pair") + " within their sites not reported"
              + (sorted.pairsAcrossSitesSetAside() == 0 ? "" : ", " + Counted.of(sorted.pairsAcrossSitesSetAside(), "pair")
                  + " across sites of pictures that are site pictures on both (a stock icon or banner) not reported"))
          + (read.svgSkipped() == 0 ? "" : "; " + Counted.of(read.svgSkipped(), "SVG drawing") + " (logos, icons; not read) passed over"));
    }
    return 0;
  }

  private static PhotoPairsHtml.Picture picture(ImageInput input) {
    Optional<byte[]> bytes;
    try {
      bytes = input == null ? Optional.empty() : Optional.of(input.bytes().read());
    } catch (IOException e) {
      bytes = Optional.empty();
    }
    return new PhotoPairsHtml.Picture(bytes, input == null ? Optional.empty() : input.caption(), input == null ? Optional.empty() : input.credit());
  }
}
