package org.doppel.ingest.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.doppel.ingest.Compression;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.HiddenFiles;
import org.doppel.ingest.IngestException;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.UnlistedFolders;

/** The files {@link PhotoInputs} reads under what a command line names, and a saved page's bytes. */
final class PhotoInputFiles {
  private PhotoInputFiles() {}

  /** A file given, or every file under a folder given, in name order, hidden files skipped; a folder not listed is a problem. */
  static List<Path> under(Path root, Consumer<IngestProblem> problems) {
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    List<Path> files = new ArrayList<>();
    HiddenFiles hidden = HiddenFiles.under(root);
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (Files.isRegularFile(file) && !hidden.isHidden(file)) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path path, IOException e) throws IOException {
          return UnlistedFolders.leftOut(root, path, e, !hidden.isHidden(path), problems);
        }
      });
    } catch (IOException e) {
      problems.accept(IngestProblem.folderNotListed(root, e));
      return List.of();
    } catch (UncheckedIOException e) {
      problems.accept(IngestProblem.folderNotListed(root, e));
      return List.of();
    }
    files.sort(null);
    return files;
  }

  /** A saved page's bytes, uncompressed as its name says, refused over {@link CorpusReader#MAX_PAGE_BYTES}. */
  static byte[] readPage(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = Compression.of(file.getFileName().toString()).open(raw)) {
      byte[] bytes = in.readNBytes(CorpusReader.MAX_PAGE_BYTES + 1);
      if (bytes.length > CorpusReader.MAX_PAGE_BYTES) {
        throw new IngestException("page over " + (CorpusReader.MAX_PAGE_BYTES >> 20) + " MB");
      }
      return bytes;
    }
  }
}
