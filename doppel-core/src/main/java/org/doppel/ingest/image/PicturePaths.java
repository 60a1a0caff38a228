package org.doppel.ingest.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.doppel.ingest.InputFormat;
import org.doppel.ingest.meta.UrlPaths;

/**
 * Where a saved page's {@code <img>} URL may find its picture beside the page: one rule for a page on disk
 * ({@link LocalPictureFiles#beside}) and a page inside a tar or zip archive ({@link org.doppel.ingest.ArchivePictures#beside}),
 * so that a page reads the same pictures wherever it was saved.
 */
public final class PicturePaths {
  private PicturePaths() {}

  /**
   * The paths, relative to the page's folder and best first, that {@code url} may name from the page file
   * {@code pageFileName}: the URL's path (unless it is absolute or has a scheme; for such a URL, each tail of its path
   * that keeps a folder, longest first: {@link #folderTails}), then its file name in the page's
   * folder, then in the page's "page_files" folder, as a browser's "save page" writes it. The URL is read as
   * {@link UrlPaths#decodedPath} reads it: the query and fragment cut, %-escapes decoded as UTF-8, a "+" kept ({@code
   * <img src="a+b.jpg">} is the file "a+b.jpg"), a "%" that starts no escape kept as written. "img/../../x.jpg"
   * comes back as written: whether a path climbs out of the page's folder, which a page may not, is the caller's to
   * check, on the file system or among an archive's member names.
   */
  public static List<String> besidePage(String pageFileName, String url) {
    String path = UrlPaths.decodedPath(url);
    List<String> tries = new ArrayList<>(4);
    boolean absolute = path.contains("://") || path.startsWith("/");
    if (!absolute) {
      tries.add(path);
    }
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    if (!fileName.isEmpty()) {
      if (absolute) {
        tries.addAll(folderTails(path));
      }
      tries.add(fileName);
      tries.add(InputFormat.stripExtension(pageFileName) + "_files/" + fileName);
    }
    return tries;
  }

  /**
   * The tails of an absolute URL's path that keep at least one folder, longest first: "https://site/news/img/a.jpg"
   * gives "news/img/a.jpg", "img/a.jpg". A page saved with its site's folders (a mirror, a desk's copy) keeps a picture
   * the page names by its absolute URL (an {@code og:image}, a CDN's full address) where the URL's path ends, under the
   * page's folder; which tail that is depends on where the page itself lies in the site, so each is tried.
   */
  private static List<String> folderTails(String absolutePath) {
    int start = absolutePath.indexOf("://");
    String rest = start < 0 ? absolutePath : absolutePath.substring(start + 3);
    // the host is no folder of the page's: a URL's path starts at its first slash
    int slash = start < 0 ? 0 : rest.indexOf('/');
    if (slash < 0) {
      return List.of();
    }
    String[] parts = rest.substring(slash).split("/");
    List<String> tails = new ArrayList<>();
    for (int from = 0; from < parts.length - 1; from++) {
      if (!parts[from].isEmpty() && !parts[from].equals(".") && !parts[from].equals("..")) {
        tails.add(String.join("/", Arrays.asList(parts).subList(from, parts.length)));
      }
    }
    return tails;
  }
}
