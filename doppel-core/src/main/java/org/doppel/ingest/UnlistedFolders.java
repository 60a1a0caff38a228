package org.doppel.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What a walk of a corpus or photo folder does with a folder it cannot list: inside the root it is named and left
 * out, so that one locked folder does not drop every file of the root; the root itself stops the walk (nothing of it
 * can be read).
 */
public final class UnlistedFolders {
  private UnlistedFolders() {}

  /** The visitor's answer for {@code path}, which failed with {@code e}; named in {@code problems} when {@code named}. */
  public static FileVisitResult leftOut(Path root, Path path, IOException e, boolean named, Consumer<IngestProblem> problems)
      throws IOException {
    if (path.equals(root)) {
      throw e;
    }
    if (named) {
      problems.accept(IngestProblem.folderNotListed(path, e));
    }
    return FileVisitResult.CONTINUE;
  }
}
