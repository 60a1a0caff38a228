package org.doppel.ingest.image;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.InputFormat;

/**
 * Where a saved page's {@code <img>} URL may find its picture beside the page: one rule for a page on disk
 * ({@link PhotoInputs#beside}) and a page inside a tar or zip archive ({@link org.doppel.ingest.ArchivePictures#beside}),
 * so that a page reads the same pictures wherever it was saved.
 */
public final class PicturePaths {
  private PicturePaths() {}

  /**
   * The paths, relative to the page's folder and best first, that {@code url} may name from the page file
   * {@code pageFileName}: the URL's path (unless it is absolute or has a scheme), then its file name in the page's
   * folder, then in the page's "page_files" folder, as a browser's "save page" writes it. The query and fragment are
   * cut and %-escapes decoded, a "+" kept ({@code <img src="a+b.jpg">} is the file "a+b.jpg"). "img/../../x.jpg"
   * comes back as written: whether a path climbs out of the page's folder, which a page may not, is the caller's to
   * check, on the file system or among an archive's member names.
   */
  public static List<String> besidePage(String pageFileName, String url) {
    String path = url;
    int cut = indexOfAny(path, '?', '#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    List<String> tries = new ArrayList<>(3);
    if (!path.contains("://") && !path.startsWith("/")) {
      tries.add(path);
    }
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    if (!fileName.isEmpty()) {
      tries.add(fileName);
      tries.add(InputFormat.stripExtension(pageFileName) + "_files/" + fileName);
    }
    return tries;
  }

  private static int indexOfAny(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
