package org.doppel.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOSupplier;

/**
 * The checks {@link LuceneIndex} makes before it opens an index, and the refusals that say what is wrong and what to
 * do. Each refusal is an {@link IllegalArgumentException} naming the path: Lucene's own exceptions came out as stack
 * traces that named its files, not the user's mistake.
 */
final class IndexOpeningChecks {
  /** What to do with an index this Doppel cannot use, said by each refusal on open. */
  private static final String BUILD_A_NEW_ONE = "build a new index, in a new folder or after removing this one, with doppel index add"
      + " FOLDER FILES... (the files this one was built from)";

  private IndexOpeningChecks() {}

  /**
   * Refuses a path where no index can be opened or made: a file (Lucene's {@code FileAlreadyExistsException}
   * ended the run with a stack trace), or a folder that holds other files but no index, such as a corpus
   * folder named in place of the index (the index's files were written among the documents, and the next
   * scan of that folder left it all out as "a search index"). A new or empty folder, or one holding only
   * what an index's first commit leaves when cut short (the lock, segment files), is made into an index.
   */
  static void checkFolderForWriting(Path path) throws IOException {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new IllegalArgumentException("cannot make an index in " + path + ": it is a file, not a folder");
    }
    if (!Files.isDirectory(path)) {
      makeFolder(path);
      return;
    }
    try (Stream<Path> entries = Files.list(path)) {
      boolean foreign = entries.map(entry -> entry.getFileName().toString()).anyMatch(name -> !isLuceneFile(name));
      if (foreign) {
        try (Directory directory = FSDirectory.open(path)) {
          if (!DirectoryReader.indexExists(directory)) {
            throw new IllegalArgumentException("cannot make an index in " + path + ": the folder holds other files and no index"
                + " (name a new or empty folder for the index)");
          }
        }
      }
    }
  }

  /**
   * Makes the new index's folder, which Lucene's {@code FSDirectory.open} would make: a folder that takes no new folder
   * (read-only, immutable, {@code /sys}) came out of it as a {@code FileSystemException} stack trace.
   */
  private static void makeFolder(Path path) {
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      String reason = e instanceof AccessDeniedException ? "permission denied"
          : e instanceof FileSystemException refused && refused.getReason() != null ? refused.getReason() : IndexWriteException.reason(e);
      throw new IllegalArgumentException("cannot make an index in " + path + ": " + reason, e);
    }
  }

  /** Whether a file of an index folder is one Lucene writes (the lock, commits, segment files). */
  static boolean isLuceneFile(String name) {
    return name.equals("write.lock") || name.startsWith("segments_") || name.startsWith("pending_segments_") || name.startsWith("_");
  }

  /** Refuses a path that is not a folder: FSDirectory.open creates a missing folder, which a reader must never leave behind. */
  static void checkFolderForReading(Path path) {
    if (!Files.isDirectory(path)) {
      throw new IllegalArgumentException("no Doppel index in " + path + ": " + (Files.exists(path) ? "not a folder" : "no such folder"));
    }
  }

  /** Refuses a folder that holds no index, where a reader has nothing to read. */
  static void checkIndexExists(Directory directory, Path path) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      throw new IllegalArgumentException("no Doppel index in " + path);
    }
  }

  /**
   * Refuses an index made under another layout than {@code layout} (its keys would never match), one that is not
   * Doppel's, and one Lucene cannot read (damaged, or of another Lucene version). A folder without an index passes.
   */
  static void checkLayout(Directory directory, Path path, String layout) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    String found;
    try {
      found = SegmentInfos.readLatestCommit(directory).getUserData().get(LuceneIndex.LAYOUT);
    } catch (CorruptIndexException e) {
      // Lucene's checksum failure came out as a stack trace; the user needs to know the index is unusable
      throw damaged(path, e);
    } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw tooOldOrNew(path, e);
    }
    if (found == null) {
      throw new IllegalArgumentException(path + " is a Lucene index but not a Doppel index");
    }
    if (!found.equals(layout)) {
      // an index that lacks a part this version adds, and has none of its own, was built by an earlier version: the
      // settings a user may change are inside one part, so a change of them is never a part missing alone
      String builtBy = onlyIn(found, layout).isEmpty() ? "by an earlier version of Doppel"
          : "with other fingerprint settings or by another version of Doppel";
      throw new IllegalArgumentException(path + " was built " + builtBy + " (" + layoutDifference(found, layout) + "): " + BUILD_A_NEW_ONE);
    }
  }

  /**
   * What differs between two layouts, part by part ({@code ", "} separates them): the refusal printed both layouts
   * whole, two lines of 400 characters that differed in one clause at the end, for the reader to compare.
   */
  static String layoutDifference(String found, String wanted) {
    List<String> onlyFound = onlyIn(found, wanted);
    List<String> onlyWanted = onlyIn(wanted, found);
    StringBuilder said = new StringBuilder();
    if (!onlyFound.isEmpty()) {
      said.append("the index has \"").append(String.join(", ", onlyFound)).append('"');
    }
    if (!onlyWanted.isEmpty()) {
      said.append(said.isEmpty() ? "" : "; ").append("this version needs \"").append(String.join(", ", onlyWanted)).append('"');
    }
    return said.isEmpty() ? "the index has \"" + found + "\", this version needs \"" + wanted + '"' : said.toString();
  }

  /** The parts of one layout ({@code ", "} separates them) that the other lacks, in order. */
  private static List<String> onlyIn(String layout, String other) {
    List<String> otherParts = List.of(other.split(", "));
    return List.of(layout.split(", ")).stream().filter(part -> !otherParts.contains(part)).toList();
  }

  /**
   * What {@code open} opens, with Lucene's refusals of a damaged index or one of another Lucene version said as
   * {@link #checkLayout} says them. The commit file may be whole while a segment it names is cut short or damaged
   * (a copy or restore cut short, a failing disk): Lucene finds it only as it opens the segment's files, and its
   * {@code CorruptIndexException} came out of {@code query}, {@code index add} and {@code serve} as a stack trace.
   */
  static <T> T opening(Path path, IOSupplier<T> open) throws IOException {
    try {
      return open.get();
    } catch (CorruptIndexException e) {
      throw damaged(path, e);
    } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw tooOldOrNew(path, e);
    }
  }

  private static IllegalArgumentException damaged(Path path, CorruptIndexException e) {
    return new IllegalArgumentException(path + " is damaged (" + e.getOriginalMessage() + ", in " + damagedFile(e) + "): "
        + BUILD_A_NEW_ONE + " (a copy of the folder, if one was kept, may be whole)", e);
  }

  /** The file Lucene names as damaged, without the folder (already said) and the Lucene class around it. */
  private static String damagedFile(CorruptIndexException e) {
    String resource = e.getResourceDescription();
    Matcher path = Pattern.compile("path=\"([^\"]+)\"").matcher(resource);
    return path.find() ? Path.of(path.group(1)).getFileName().toString() : resource;
  }

  private static IllegalArgumentException tooOldOrNew(Path path, IOException e) {
    return new IllegalArgumentException(path + " was written by a Lucene version this Doppel cannot read: " + BUILD_A_NEW_ONE, e);
  }

  /**
   * The refusal for an index another writer holds. Lucene's message and stack trace named a lock file; the user needs
   * to know who holds the index.
   */
  static IllegalArgumentException heldByAnotherWriter(Path path, LockObtainFailedException e) {
    return new IllegalArgumentException("the index " + path + " is open for writing by another program (a running "
        + "'doppel serve' or 'doppel index add') or by a DoppelIndex of this one not yet closed: stop or close it "
        + "first, or add through the server's API; 'doppel query' (in a program, Doppel.Builder.openIndexReadOnly) reads an index while it is held", e);
  }
}
