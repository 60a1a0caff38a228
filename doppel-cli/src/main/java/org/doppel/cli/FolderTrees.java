package org.doppel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The work folders the commands make for a run of their own (a benchmark's corpus and index, a training corpus), removed after it. */
final class FolderTrees {
  private FolderTrees() {}

  /** Deletes {@code folder} and everything under it, files before the folders that hold them; nothing when it is absent. */
  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    List<Path> deepestFirst;
    try (Stream<Path> paths = Files.walk(folder)) {
      deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : deepestFirst) {
      Files.deleteIfExists(path);
    }
  }
}
