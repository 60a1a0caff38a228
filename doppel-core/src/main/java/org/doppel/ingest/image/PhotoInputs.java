package org.doppel.ingest.image;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.doppel.ingest.ArchivePictures;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.ArticleMetadata.Image;
import org.doppel.ingest.ArchiveFormat;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.ExpandedBytes;
import org.doppel.ingest.ExpansionLimit;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.LinkLoop;
import org.doppel.ingest.InputFormat;
import org.doppel.ingest.MarkdownPages;
import org.doppel.ingest.PageEncoding;
import org.doppel.ingest.SlashedPath;
import org.doppel.ingest.html.ArticleExtractor;
import org.doppel.ingest.meta.HtmlMetadata;
import org.doppel.ingest.meta.ImgSources;
import org.doppel.ingest.warc.WarcImageReader;
import org.doppel.ingest.warc.WarcPageReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The pictures named on a command line: picture files (JPEG, PNG, GIF, WebP, BMP), the pictures of
 * saved web pages and Markdown posts (each URL an {@code <img>} offers, {@link ImgSources}: a lazy loader's picture before
 * its stand-in {@code src}; the first that resolves to a file is the image's picture, the others are
 * hashed in its place if it is flat; resolved to files
 * beside the page: the relative path, or the file name in the page's folder or its "page_files"
 * folder), and the pictures of WARC crawls (a page's {@code <img>} resolved to the crawl's picture
 * records by absolute URL; records no page points at stand alone). Ids: a picture file's path
 * relative to the folder given, with its extension; a page's picture is the page's id, "#", and the
 * URL as the page writes it (absolute for a crawl). A picture file that a page points at is listed
 * under the page only. Folders are walked in name order; hidden files are skipped.
 */
public final class PhotoInputs {
  private final Consumer<IngestProblem> problems;
  /** Where reading a compressed crawl stops: its two walks (pictures, then pages) are bounded as scan's walk is. */
  private final ExpansionLimit expansionLimit;
  /** The page and site of each page's picture, by id (every candidate of an image, the ones hashed in its place too). */
  private final Map<String, PagePlace> places = new HashMap<>();
  private int svg;

  public PhotoInputs(Consumer<IngestProblem> problems) {
    this(problems, ExpansionLimit.DEFAULT);
  }

  public PhotoInputs(Consumer<IngestProblem> problems, ExpansionLimit expansionLimit) {
    this.problems = problems;
    this.expansionLimit = expansionLimit;
  }

  /** Where a picture read by {@link #read} is: its page and the page's site; a loose picture file is on no page. */
  public PagePlace placeOf(String id) {
    return places.getOrDefault(id, PagePlace.loose(id));
  }

  /** How many SVG files {@link #read} passed over: drawings (logos, icons), not photos, and not decoded. */
  public int svgSkipped() {
    return svg;
  }

  /**
   * Why {@code photos} does not read {@code -} where {@code scan} and {@code extract} do: a page's pictures are files
   * beside it, which a pipe does not carry, and a crawl is read twice (its pictures, then the pages that show them).
   */
  static final String STANDARD_INPUT_REFUSED = "standard input is not read by photos: a page's pictures are the files beside it, and a"
      + " crawl is read twice (its pictures, then the pages that show them); save the pictures, pages or crawl to files and name those";

  /**
   * Why a feed is passed over: its items name their pictures ({@code <enclosure>}, {@code media:content}) by web
   * addresses, which a feed does not carry beside it as a saved page does its files.
   */
  static final String FEED_NOT_READ = "a feed (.rss, .atom or .xml): photos does not read its items' pictures, which it names by"
      + " their web addresses, not as files beside it (scan, index add and trace read its items' texts)";

  /** Every picture under {@code roots}, in order. */
  public List<ImageInput> read(List<Path> roots) {
    Map<Path, String> files = new LinkedHashMap<>();
    List<ImageInput> fromPages = new ArrayList<>();
    Set<Path> usedByPages = new HashSet<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        problems.accept(new IngestProblem(root.toString(), root.toString().equals("-") ? STANDARD_INPUT_REFUSED : LinkLoop.whyMissing(root), true));
        continue;
      }
      for (Path file : PhotoInputFiles.under(root, problems)) {
        String relative = Files.isDirectory(root) ? SlashedPath.of(root.relativize(file)) : file.getFileName().toString();
        String name = file.getFileName().toString();
        Optional<InputFormat> format = InputFormat.of(name);
        if (ImageFiles.isImage(name)) {
          files.put(file.toAbsolutePath().normalize(), relative);
        } else if (ImageFiles.isDrawing(name)) {
          svg++;
        } else if (format.isPresent() && format.get() == InputFormat.HTML) {
          page(file, InputFormat.stripExtension(relative), fromPages, usedByPages);
        } else if (format.isPresent() && format.get() == InputFormat.MARKDOWN) {
          markdownPage(file, InputFormat.stripExtension(relative), fromPages, usedByPages);
        } else if (WarcPageReader.isWarc(name)) {
          crawl(file, InputFormat.stripExtension(relative), fromPages);
        } else if (ArchiveFormat.of(name).isPresent()) {
          archive(file, ArchiveFormat.of(name).get().strip(relative), fromPages);
        } else if (format.isPresent() && format.get() == InputFormat.FEED) {
          problems.accept(new IngestProblem(file.toString(), FEED_NOT_READ, true));
        } else {
          problems.accept(new IngestProblem(file.toString(), ImageFiles.notReadByName(name).orElse("not a picture, web page, Markdown post or WARC crawl"), true));
        }
      }
    }
    List<ImageInput> out = new ArrayList<>();
    files.forEach((path, id) -> {
      if (!usedByPages.contains(path)) {
        out.add(new ImageInput(id, path.toString(), () -> LocalPictureFiles.readBounded(path)));
      }
    });
    out.addAll(fromPages);
    return out;
  }

  private void page(Path file, String pageId, List<ImageInput> out, Set<Path> used) {
    Document page;
    try {
      byte[] bytes = PhotoInputFiles.readPage(file);
      // in the charset scan reads the page in, so that captions and credits read the same
      page = ArticleExtractor.parse(bytes, PageEncoding.of(bytes, null, file.toString(), problems), "");
    } catch (IOException e) {
      problems.accept(new IngestProblem(file.toString(), "cannot read the page: " + e.getMessage(), true));
      return;
    }
    pictures(file, pageId, page, out, used);
  }

  /** A Markdown post's pictures, as the page a static site makes of it shows them ({@link MarkdownPages}). */
  private void markdownPage(Path file, String pageId, List<ImageInput> out, Set<Path> used) {
    Document page;
    try {
      page = Jsoup.parse(MarkdownPages.html(new String(PhotoInputFiles.readPage(file), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      problems.accept(new IngestProblem(file.toString(), "cannot read the post: " + e.getMessage(), true));
      return;
    }
    pictures(file, pageId, page, out, used);
  }

  /** The pictures of a page read from {@code file}, resolved beside it. */
  private void pictures(Path file, String pageId, Document page, List<ImageInput> out, Set<Path> used) {
    ArticleMetadata metadata = HtmlMetadata.extract(page, "");
    PagePlace place = new PagePlace(pageId, PagePlace.siteOf(metadata.url(), metadata.site(), file.toString()));
    picturesOf(page, metadata, place, url -> LocalPictureFiles.beside(file, url).map(local -> {
      Path path = local.toAbsolutePath().normalize();
      used.add(path);
      return new ImageInput(pageId + "#" + url, path.toString(), () -> LocalPictureFiles.readBounded(path));
    }), out);
  }

  /**
   * A page's pictures: each {@code <img>}'s, then each figure of its metadata that no {@code <img>} shows and whose
   * picture is there (the Open Graph image of a page with no figure, its lead shown as a CSS background), so that a
   * picture file the page names only in its head or its style is listed under the page, not as a file no page uses.
   *
   * @param resolve the picture a URL of the page finds (its id the page's id, "#" and the URL), marked used
   */
  private void picturesOf(Document page, ArticleMetadata metadata, PagePlace place, Function<String, Optional<ImageInput>> resolve,
      List<ImageInput> out) {
    Map<String, Image> figures = PageFigures.of(metadata);
    Set<String> seen = new HashSet<>();
    Set<String> shown = new HashSet<>();
    Set<String> locations = new HashSet<>();
    for (Element img : page.select("img")) {
      List<ImageInput> found = new ArrayList<>();
      for (String url : PageFigures.candidates(img)) {
        shown.add(url);
        shown.add(ImgSources.absolute(img, url));
        resolve.apply(url).ifPresent(input -> {
          found.add(input);
          locations.add(input.location());
          places.put(input.id(), place);
        });
      }
      PageFigures.add(found, seen, figures, img, out);
    }
    for (Image figure : metadata.images()) {
      if (figure.url() == null || shown.contains(figure.url())) {
        continue;
      }
      List<ImageInput> found = new ArrayList<>();
      for (String url : figure.urls()) {
        // the same file an <img> of the page shows by another URL (a relative path, the head's absolute one) is listed once
        resolve.apply(url).filter(input -> !locations.contains(input.location())).ifPresent(found::add);
      }
      if (!found.isEmpty() && seen.add(found.get(0).id())) {
        found.forEach(input -> places.put(input.id(), place.of(figure)));
        out.add(ImageInput.chain(found).orElseThrow().withCaption(Optional.ofNullable(figure.caption()), Optional.ofNullable(figure.credit())));
      }
    }
  }

  /**
   * An archive's pages and pictures, as a folder's: each page's pictures are the members its {@code <img>} points at
   * (the rules of a page on disk), and a picture no page points at stands alone, named by the archive's id and its
   * path inside it.
   */
  private void archive(Path file, String archiveId, List<ImageInput> out) {
    ArchivePictures archive = ArchivePictures.read(file, archiveId, true, ImageDecoder.DEFAULT_MAX_BYTES, problems, expansionLimit);
    Set<String> used = new HashSet<>();
    for (ArchivePictures.Page archived : archive.pages()) {
      Document page = ArticleExtractor.parse(archived.html(), PageEncoding.of(archived.html(), null, archived.location(), problems), "");
      ArticleMetadata metadata = HtmlMetadata.extract(page, "");
      PagePlace place = new PagePlace(archived.id(), PagePlace.siteOf(metadata.url(), metadata.site(), archived.location()));
      picturesOf(page, metadata, place, url -> archive.beside(archived.name(), url).map(name -> {
        used.add(name);
        return ImageInput.of(archived.id() + "#" + url, ArchivePictures.location(file, name), archive.picture(name));
      }), out);
    }
    archive.pictures().forEach((name, bytes) -> {
      if (!used.contains(name)) {
        out.add(ImageInput.of(archiveId + "/" + name, ArchivePictures.location(file, name), bytes));
      }
    });
  }

  private void crawl(Path file, String crawlId, List<ImageInput> out) {
    Map<String, byte[]> images = new WarcImageReader(problems, ImageDecoder.DEFAULT_MAX_BYTES, false, expansionLimit).read(file);
    Set<String> used = new HashSet<>();
    try {
      pagesOf(file, crawlId, images, used, out);
    } catch (IOException e) {
      // a stop past the expansion limit was met first by the pictures' walk, which named it; the pages before it were read
      if (!ExpandedBytes.isStop(e)) {
        problems.accept(new IngestProblem(file.toString(), "cannot read the crawl's pages: " + e.getMessage(), true));
      }
    }
    images.forEach((url, bytes) -> {
      if (!used.contains(url)) {
        out.add(ImageInput.of(crawlId + "#" + url, file + " " + url, bytes));
      }
    });
  }

  private void pagesOf(Path file, String crawlId, Map<String, byte[]> images, Set<String> used, List<ImageInput> out) throws IOException {
    // the page reader's own messages (records skipped, resyncs) were given by the picture reader already
    new WarcPageReader(problem -> { }, CorpusReader.MAX_PAGE_BYTES).read(file, crawlId, webPage -> {
      // decoded as scan decodes it: the captions and credits read here are shown beside the pictures (read as
      // ISO-8859-1, a UTF-8 page's "Café" was shown as "CafÃ©")
      Document page = ArticleExtractor.parse(webPage.html(), webPage.charset(), webPage.url());
      ArticleMetadata metadata = HtmlMetadata.extract(page, webPage.url());
      PagePlace place = new PagePlace(webPage.id(), PagePlace.siteOf(metadata.url(), metadata.site(), file.toString()));
      picturesOf(page, metadata, place, url -> {
        String absolute = absolute(webPage.url(), url);
        byte[] bytes = images.get(absolute);
        if (bytes == null) {
          return Optional.empty();
        }
        used.add(absolute);
        return Optional.of(ImageInput.of(webPage.id() + "#" + absolute, webPage.location() + " " + absolute, bytes));
      }, out);
    }, null, expansionLimit.walkOf(file));
  }

  private static String absolute(@Nullable String base, String url) {
    try {
      return base == null ? url : URI.create(base).resolve(url.replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
