package org.doppel.ingest.image;

import java.io.Serializable;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.doppel.ingest.ArticleMetadata.Image;
import org.doppel.ingest.meta.HtmlMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The page a picture is on and the site of that page, so that pictures recurring on many pages of one
 * site (its logo, portraits, badges) can be told from photos. The site is the host of the page's own or
 * canonical URL ({@code www.} dropped); without one, the site name the page declares (og:site_name and
 * the like); without that, the folder the page was saved in (a browser saves a site's pages side by side).
 * A loose picture file is on no page and has no site.
 *
 * @param page the page's id (a document id), or the picture's own id for a loose picture
 * @param site the page's site key, null for a loose picture
 * @param onlyInHead whether the page names the picture only in its head and shows it nowhere
 *     ({@link Image#onlyInHead}): a share image, which two pages of one site naming it make the site's card
 */
public record PagePlace(String page, @Nullable String site, boolean onlyInHead) implements Serializable {
  public PagePlace(String page, @Nullable String site) {
    this(page, site, false);
  }

  /** The place of one of the page's figures: whether the page shows it, or names it only in its head. */
  public PagePlace of(Image figure) {
    return new PagePlace(page, site, figure.onlyInHead());
  }

  /** A picture on no page (a picture file named on the command line): never site furniture. */
  public static PagePlace loose(String pictureId) {
    return new PagePlace(pictureId, null);
  }

  /** Whether both pictures are on pages of one site. */
  public boolean sameSite(PagePlace other) {
    return site != null && site.equals(other.site);
  }

  /**
   * The site of a page: by its URL's host, else its declared site name, else its folder ({@code where}:
   * the page's file, or a crawl's file for a page with no URL).
   */
  public static @Nullable String siteOf(@Nullable String url, @Nullable String siteName, @Nullable String where) {
    Optional<String> host = host(url);
    if (host.isPresent()) {
      return "host:" + host.get();
    }
    if (siteName != null && !siteName.isBlank()) {
      return "name:" + siteName.strip().toLowerCase(Locale.ROOT);
    }
    return folder(where).map(folder -> "folder:" + folder).orElse(null);
  }

  private static Optional<String> host(@Nullable String url) {
    return Optional.ofNullable(HtmlMetadata.host(url)).map(host -> host.replaceFirst("^www\\.", ""));
  }

  private static Optional<String> folder(@Nullable String where) {
    if (where == null) {
      return Optional.empty();
    }
    Path file;
    try {
      file = Path.of(where).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    // Only the page's own folder: pages saved each in a folder of their own (NAME/index.html) may be one site or
    // several, and nothing on them says which; a photo three such pages share stays reported.
    return Optional.ofNullable(file.getParent()).map(Objects::toString);
  }
}
