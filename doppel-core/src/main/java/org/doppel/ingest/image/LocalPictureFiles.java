package org.doppel.ingest.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.doppel.ingest.IngestException;

/**
 * Picture files on disk: the one a saved page's URL points at beside the page (the relative path, or the file name
 * in the page's folder or its "page_files" folder, {@link PicturePaths#besidePage}), and a picture file's bytes,
 * bounded.
 */
public final class LocalPictureFiles {
  private LocalPictureFiles() {}

  /** The file a page's URL points at beside the page, by {@link PicturePaths#besidePage}'s rule, if there is one. */
  public static Optional<Path> beside(Path page, String url) {
    return beside(page, url, ImageFiles::isImage);
  }

  /**
   * The picture in a format Doppel does not decode (an AVIF, a HEIC) that a page's URL points at beside the page, with
   * why it is not read ({@link ImageFiles#notReadByName}); empty where the URL finds no such file.
   */
  public static Optional<String> besideNotRead(Path page, String url) {
    return beside(page, url, name -> ImageFiles.notReadByName(name).isPresent())
        .flatMap(path -> ImageFiles.notReadByName(path.getFileName().toString()));
  }

  private static Optional<Path> beside(Path page, String url, Predicate<String> fileName) {
    // a page's folder; a page given as the file-system root has none, and looks beside itself
    Path folder = Objects.requireNonNullElse(page.toAbsolutePath().getParent(), page.toAbsolutePath());
    for (String relative : PicturePaths.besidePage(page.getFileName().toString(), url)) {
      Path normal = folder.resolve(relative).normalize();
      // a page may point only at files under its own folder
      if (normal.startsWith(folder) && Files.isRegularFile(normal) && fileName.test(normal.getFileName().toString())) {
        return Optional.of(normal);
      }
    }
    return Optional.empty();
  }

  /** The file's bytes, refused over {@link ImageDecoder#DEFAULT_MAX_BYTES}. */
  public static byte[] readBounded(Path file) throws IOException {
    long size = Files.size(file);
    if (size > ImageDecoder.DEFAULT_MAX_BYTES) {
      throw new IngestException("picture file over " + (ImageDecoder.DEFAULT_MAX_BYTES >> 20) + " MB");
    }
    return Files.readAllBytes(file);
  }
}
