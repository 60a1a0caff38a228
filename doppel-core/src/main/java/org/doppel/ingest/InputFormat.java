package org.doppel.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.doppel.ingest.image.ImageFiles;

/** The kinds of file Doppel reads, recognised by extension (a trailing .gz, .bz2, .xz or .zst is looked through). */
public enum InputFormat {
  PLAIN_TEXT("txt", "text"),
  // a static site's post (Jekyll, Hugo, Eleventy, Astro): front matter and markup; MDX is Markdown with components
  MARKDOWN("md", "markdown", "mdx", "mdown", "mkd", "mkdn"),
  // datasets ship JSON Lines as .json(.gz) too (C4, the Pile); a file that is one JSON document is named once
  JSON_LINES("jsonl", "ndjson", "json"),
  HTML("html", "htm", "xhtml"),
  // Common Crawl's .warc.wet.gz (extracted texts) and .warc.wat.gz (metadata) are WARC files too
  WARC("warc", "wet", "wat"),
  // RSS and Atom feeds, an item a document; an .xml file is read as one only when its root element says so (FeedRoot)
  FEED("rss", "atom", "xml"),
  // a table exported from a CMS, a spreadsheet or a dataset: a row a document, its header naming the columns (CsvReader)
  CSV("csv", "tsv");

  /**
   * What a saved web page keeps beside it besides the pictures Doppel reads ({@link ImageFiles}): other
   * pictures, style sheets, scripts, fonts. A page's parts are read with the page (its photos) and never as
   * documents, so a corpus folder of saved pages is not a list of "unsupported file" problems.
   */
  private static final Set<String> OTHER_PAGE_PARTS = Set.of(
      "avif", "svg", "ico", "tif", "tiff", "css", "js", "woff", "woff2", "ttf", "otf", "eot");

  private final String[] extensions;

  InputFormat(String... extensions) {
    this.extensions = extensions;
  }

  public static Optional<InputFormat> of(String fileName) {
    String name = Compression.strip(fileName.toLowerCase(Locale.ROOT));
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    for (InputFormat format : values()) {
      for (String candidate : format.extensions) {
        if (candidate.equals(extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /** True for a file a saved web page keeps beside it (a picture, a style sheet, a script, a font). */
  public static boolean isPagePart(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return ImageFiles.isImage(name) || dot >= 0 && OTHER_PAGE_PARTS.contains(name.substring(dot + 1));
  }

  /** A file name without its format extension and a trailing compression's: "x/42.txt.gz" → "x/42". */
  /** True for an MDX file, Markdown with JSX components and import/export lines ({@code x.mdx}, {@code x.mdx.gz}). */
  public static boolean isMdx(String fileName) {
    return Compression.strip(fileName.toLowerCase(Locale.ROOT)).endsWith(".mdx");
  }

  public static String stripExtension(String fileName) {
    String name = Compression.strip(fileName);
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }
}
