package org.doppel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.doppel.ingest.ArchivePictures;
import org.doppel.ingest.ArticleMetadata.Image;
import org.doppel.ingest.Compression;
import org.doppel.ingest.Counted;
import org.doppel.ingest.ExpansionLimit;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;
import org.doppel.ingest.image.ImageDecoder;
import org.doppel.ingest.image.ImageInput;
import org.doppel.ingest.image.LocalPictureFiles;
import org.doppel.ingest.image.PagePlace;
import org.doppel.ingest.warc.WarcImageReader;
import org.doppel.match.photo.PhotoThresholds;
import org.doppel.report.Thumbnails;

/**
 * The pictures of a document, as a scan, a standing index and the Spark job all read them: the figures
 * its page's metadata lists, in order, each URL once, read from the file beside a saved page or from
 * the picture records of the crawl the page came from ("file.warc@offset"), or from the members of the
 * archive a page was read from ("x.zip!/a/page.html", {@link ArchivePictures}); a figure whose picture is
 * not there is left out. A crawl's picture records and an archive's pictures are read once per instance
 * and kept (by URL, by name) for the other pages of the crawl or archive. Thread-safe.
 */
public final class PagePictures {
  /** How a page's problem with one of its figures' pictures ends: the page is read, the figure not compared. */
  public static final String FIGURE_LEFT_OUT = "; the figure is left out of the photo comparison";
  private final Map<String, Map<String, byte[]>> crawls = new ConcurrentHashMap<>();
  private final Map<Path, ArchivePictures> archives = new ConcurrentHashMap<>();
  private final Consumer<IngestProblem> problems;
  private final ExpansionLimit expansionLimit;

  /** @param problems where unreadable crawls are reported */
  public PagePictures(Consumer<IngestProblem> problems) {
    this(problems, ExpansionLimit.DEFAULT);
  }

  /**
   * @param problems where unreadable crawls are reported
   * @param expansionLimit where decompressing a crawl or an archive stops: the limit the documents were read under
   *     ({@link org.doppel.ingest.CorpusReader#withExpansionLimit}), so that their pictures are read as far as their pages were
   */
  public PagePictures(Consumer<IngestProblem> problems, ExpansionLimit expansionLimit) {
    this.problems = problems;
    this.expansionLimit = expansionLimit;
  }

  /**
   * A figure of a page whose picture can be read.
   *
   * @param imageId the picture's id in reports: document id, "#", URL
   * @param image the figure as the page gives it (URL, caption, credit)
   * @param input the picture to decode, located for messages
   */
  public record Figure(String imageId, Image image, ImageInput input) {}

  /** The document's figures whose pictures can be read, in page order, each URL once. */
  public List<Figure> of(SourceText document) {
    if (!document.metadataMayLinkPictures()) {
      return List.of(); // a plain text's lines name no picture's URL
    }
    List<Figure> figures = new ArrayList<>();
    List<NotRead> notRead = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Image image : document.metadata().images()) {
      if (image.url() == null || !seen.add(image.url())) {
        continue;
      }
      String id = imageId(document.id(), image.url());
      Optional<ImageInput> input = offered(document, image, id);
      if (input.isPresent()) {
        figures.add(new Figure(id, image, input.get()));
      } else {
        notReadBeside(document.origin(), image).ifPresent(notRead::add);
      }
    }
    if (!notRead.isEmpty()) {
      problems.accept(notReadFigures(document.origin(), notRead));
    }
    return figures;
  }

  /**
   * The URL, and why, of a figure of a saved page with no picture Doppel reads whose picture lies beside the page in a format it
   * does not (an AVIF, a HEIC: a {@code <picture>} offering only those); empty for a figure whose picture is simply not
   * saved, which a page's figures often are. A crawl's or an archive's figure is not looked at.
   */
  private static Optional<NotRead> notReadBeside(String origin, Image image) {
    if (origin == null || !crawlFile(origin).equals(origin) || ArchivePictures.Member.of(origin).isPresent()) {
      return Optional.empty();
    }
    Optional<Path> page = pathOf(origin);
    if (page.isEmpty()) {
      return Optional.empty();
    }
    for (String url : image.urls()) {
      Optional<String> why = LocalPictureFiles.besideNotRead(page.get(), url);
      if (why.isPresent()) {
        return Optional.of(new NotRead(url, why.get()));
      }
    }
    return Optional.empty();
  }

  /** The file an origin names; empty for an origin that is no valid path on this system (a NUL in it, a name Windows refuses). */
  private static Optional<Path> pathOf(String origin) {
    try {
      return Optional.of(Path.of(origin));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * One warning per page for its figures whose pictures are in formats not read, the first named: the page is read and
   * its other figures compared, so the problem skips nothing, but a photo desk asking where its picture went is told
   * it is there, in a format Doppel does not decode, as {@code doppel photos} tells it of the file.
   */
  private static IngestProblem notReadFigures(String origin, List<NotRead> notRead) {
    NotRead first = notRead.get(0);
    String more = notRead.size() == 1 ? "" : " (and " + Counted.of(notRead.size() - 1, "other figure") + " of the page in such formats)";
    return new IngestProblem(origin + " " + first.url(), first.why() + FIGURE_LEFT_OUT + more, false);
  }

  /** A figure's URL that finds a picture in a format not read, and why it is not read. */
  private record NotRead(String url, String why) {}

  /**
   * The figure's picture: the first of the URLs its image offers (its URL, then {@link Image#elsewhere}) that can
   * be read, with the others that can behind it, to be hashed in its place should it be flat (a stand-in the
   * page's script would have swapped), as {@code doppel photos} reads a page's {@code <img>}. All go by the
   * figure's id: the figure is what a report names.
   */
  private Optional<ImageInput> offered(SourceText document, Image image, String id) {
    List<ImageInput> found = new ArrayList<>();
    for (String url : image.urls()) {
      picture(document.origin(), url).ifPresent(bytes -> found.add(new ImageInput(id, document.origin() + " " + url, bytes)));
    }
    return ImageInput.chain(found);
  }

  /**
   * A small JPEG of one of the document's pictures as a {@code data:} URI, read again from beside the
   * page or from its crawl (a standing index keeps hashes, not pictures); empty when it is gone.
   */
  public Optional<String> thumbnail(SourceText document, String imageId) {
    for (Figure figure : of(document)) {
      if (figure.imageId().equals(imageId)) {
        try {
          return new Thumbnails().dataUri(new PhotoFinder(1, PhotoThresholds.DEFAULTS).bytesCompared(figure.input()));
        } catch (IOException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The page a document's pictures are on and its site ({@link PagePlace#siteOf}): by the page's URL, its
   * site name, or the folder of its file (the crawl's file for a crawl's page without a URL).
   */
  public static PagePlace placeOf(SourceText document) {
    String origin = document.origin();
    return new PagePlace(document.id(), PagePlace.siteOf(document.metadata().url(), document.metadata().site(), crawlFile(origin)));
  }

  /**
   * The crawl file of a crawl's record ("file.warc@offset", the file compressed or not: "file.warc.zst@offset"), or the
   * origin itself. A page of a .warc.zst, .bz2 or .xz crawl was taken for a file on disk, and found no pictures.
   */
  private static String crawlFile(String origin) {
    int at = origin.lastIndexOf('@');
    return at > 0 && Compression.strip(origin.substring(0, at)).toLowerCase(Locale.ROOT).endsWith(".warc")
        ? origin.substring(0, at) : origin;
  }

  /** A picture's id in reports. */
  public static String imageId(String documentId, String url) {
    return documentId + "#" + url;
  }

  /** The picture's bytes: beside a saved page, or among the picture records of the page's crawl ("file.warc@offset"). */
  private Optional<ImageInput.Bytes> picture(String origin, String url) {
    if (origin == null) {
      return Optional.empty();
    }
    String file = crawlFile(origin);
    if (!file.equals(origin)) {
      byte[] bytes = crawls.computeIfAbsent(file, f -> new WarcImageReader(problems, ImageDecoder.DEFAULT_MAX_BYTES, true, expansionLimit).read(Path.of(f))).get(url);
      return bytes == null ? Optional.empty() : Optional.of(() -> bytes);
    }
    Optional<ArchivePictures.Member> member = ArchivePictures.Member.of(origin);
    if (member.isPresent()) {
      // a page read from an archive: its pictures are the archive's members, not files beside it on disk
      ArchivePictures archive = archives.computeIfAbsent(member.get().archive(),
          path -> ArchivePictures.read(path, "", false, ImageDecoder.DEFAULT_MAX_BYTES, problems, expansionLimit));
      return archive.beside(member.get().name(), url).map(name -> {
        byte[] bytes = archive.picture(name);
        return () -> bytes;
      });
    }
    return pathOf(origin).filter(Files::isRegularFile)
        .flatMap(page -> LocalPictureFiles.beside(page, url)).map(path -> () -> LocalPictureFiles.readBounded(path));
  }
}
