package org.doppel.ingest.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.doppel.ingest.Compression;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.IngestException;
import org.doppel.ingest.IngestProblem;

/** The files {@link PhotoInputs} reads under what a command line names, and a saved page's bytes. */
final class PhotoInputFiles {
  private PhotoInputFiles() {}

  /** A file given, or every file under a folder given, in name order, hidden files skipped; a folder not listed is a problem. */
  static List<Path> under(Path root, Consumer<IngestProblem> problems) {
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(p -> !hidden(root.relativize(p))).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      problems.accept(new IngestProblem(root.toString(), "cannot list folder: " + e.getMessage(), true));
      return List.of();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
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
