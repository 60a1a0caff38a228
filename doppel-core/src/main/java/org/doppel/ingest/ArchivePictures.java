package org.doppel.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.doppel.ingest.image.ImageFiles;
import org.doppel.ingest.image.PicturePaths;
import org.jspecify.annotations.Nullable;

/**
 * The pictures (and, when asked, the web pages) of a tar or zip archive, read once, so that the pictures of a page
 * saved in an archive are found as a folder's are: a page's {@code <img>} is looked up among the archive's members
 * by the rules a page on disk follows ({@link #beside}: the relative path, else the file name in the page's folder or
 * its "page_files" folder, never above the page's folder). A tar can only be read from its start, so every picture
 * of the archive is kept in memory (as a crawl's picture records are) while it is used; a picture over
 * {@code maxPictureBytes} is named and left out.
 */
public final class ArchivePictures {
  /** A web page of the archive: its name inside it, its document id (as a scan names it) and where it is. */
  public record Page(String name, String id, String location, byte[] html) {}

  /** A page's origin that is an archive's member ("x.zip!/a/b.html", as scan names it): the archive and the member's name. */
  public record Member(Path archive, String name) {
    /** The member an origin names, or empty for a file on disk or a crawl's record. */
    public static Optional<Member> of(@Nullable String origin) {
      if (origin == null) {
        return Optional.empty();
      }
      int bang = origin.indexOf("!/");
      if (bang <= 0) {
        return Optional.empty();
      }
      String file = origin.substring(0, bang);
      if (ArchiveFormat.of(Path.of(file).getFileName().toString()).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Member(Path.of(file), origin.substring(bang + 2)));
    }
  }

  private final Map<String, byte[]> pictures = new LinkedHashMap<>();
  private final List<Page> pages = new ArrayList<>();

  private ArchivePictures() {}

  /**
   * Reads {@code file}'s pictures, and its pages when {@code withPages}; what cannot be read is said to {@code problems}
   * (the archive as a whole once, with what was read before kept), but for a stop for its size where another reader
   * read its pages (not {@code withPages}): that reader said it.
   *
   * @param archiveId the id of the archive (its path relative to the folder given, without extension), which its pages' ids start with
   * @param expansionLimit where decompressing the archive stops: the limit its pages were read under, so that its
   *     pictures are read as far as its pages were and no further
   */
  public static ArchivePictures read(Path file, String archiveId, boolean withPages, int maxPictureBytes, Consumer<IngestProblem> problems,
      ExpansionLimit expansionLimit) {
    ArchivePictures read = new ArchivePictures();
    Optional<ArchiveFormat> format = ArchiveFormat.of(file.getFileName().toString());
    if (format.isEmpty()) {
      return read;
    }
    try {
      // the messages of members that are no picture or page (texts, JSON Lines) are the scan's to give: said here, they would be said twice
      new ArchiveReader(problem -> { }, expansionLimit).each(file, format.get(), (stored, location) -> {
        String name = ArchiveReader.relativeName(stored);
        if (name == null || name.isEmpty() || HiddenFiles.isHiddenMember(name)) {
          return null;
        }
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        if (ImageFiles.isImage(fileName)) {
          return (in, stream) -> {
            byte[] bytes = in.readNBytes(maxPictureBytes + 1);
            if (bytes.length > maxPictureBytes) {
              problems.accept(new IngestProblem(location, "picture over " + (maxPictureBytes >> 20) + " MB: not read", true));
            } else {
              read.pictures.put(name, bytes);
            }
          };
        }
        Optional<InputFormat> page = InputFormat.of(fileName);
        if (withPages && page.isPresent() && page.get() == InputFormat.HTML && ArchiveFormat.of(fileName).isEmpty()) {
          return (in, stream) -> {
            try (InputStream html = Compression.of(fileName).open(in)) {
              byte[] bytes = html.readNBytes(CorpusReader.MAX_PAGE_BYTES + 1);
              if (bytes.length > CorpusReader.MAX_PAGE_BYTES) {
                problems.accept(new IngestProblem(location, "page over " + (CorpusReader.MAX_PAGE_BYTES >> 20) + " MB", true));
              } else {
                read.pages.add(new Page(name, archiveId + "/" + InputFormat.stripExtension(name), location, bytes));
              }
            }
          };
        }
        return null;
      });
    } catch (IOException e) {
      if (!withPages && ExpandedBytes.isStop(e)) {
        // its pages were read by a reader of their own under the same limit, which met the same stop and named the
        // archive with it: said again here, one stop was two problems
        return read;
      }
      problems.accept(new IngestProblem(file.toString(), "cannot read the archive's pictures: " + e.getMessage(), true));
    }
    return read;
  }

  /** Where messages place a member of {@code archive}: "x.zip!/a/b.jpg", as scan names its members. */
  public static String location(Path archive, String name) {
    return ArchiveReader.locationOf(archive.toString(), name);
  }

  /** The archive's pictures, by name inside it, in the archive's order. */
  public Map<String, byte[]> pictures() {
    return pictures;
  }

  /** The bytes of the picture {@link #beside} named. */
  public byte[] picture(String name) {
    return Objects.requireNonNull(pictures.get(name), name);
  }

  /** The archive's web pages, in the archive's order (none unless asked for). */
  public List<Page> pages() {
    return pages;
  }

  /**
   * The name of the picture {@code url} points at from the page {@code page} (a member's name), if the archive holds
   * it: {@link PicturePaths#besidePage}'s rule, the one a page on disk follows.
   */
  public Optional<String> beside(String page, String url) {
    int slash = page.lastIndexOf('/');
    String folder = slash < 0 ? "" : page.substring(0, slash + 1);
    for (String tried : PicturePaths.besidePage(page.substring(slash + 1), url)) {
      String name = underFolder(folder, tried);
      // a page may point only at members under its own folder, as on disk
      if (name != null && pictures.containsKey(name) && ImageFiles.isImage(name)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** {@code folder + relative} with "." and ".." resolved, or null when it climbs out of {@code folder}. */
  private static @Nullable String underFolder(String folder, String relative) {
    List<String> parts = new ArrayList<>();
    for (String part : relative.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? null : folder + String.join("/", parts);
  }
}
