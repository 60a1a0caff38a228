package org.doppel.ingest;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The files of a corpus folder on the local disk as {@code doppel scan} finds them, for a program that reads them
 * itself (the Spark job lists its local inputs here): hidden files, a saved page's parts, a search index or a Spark
 * job's output kept in the folder and the paths given to leave out are left out, and what cannot be read (a link to
 * nothing or to a folder, a pipe) is reported. The job had its own walk, which passed such files over in silence and
 * named an index folder file by file, so its problems differed from the local scan's.
 */
public final class CorpusFiles {
  private CorpusFiles() {}

  /**
   * Hands each file to read under {@code root} (a folder or a file) to {@code found} with its name, the path relative to
   * the folder walked ({@code /} separators; the file name for a file named alone), in the order the walk finds them;
   * problems go to {@code problems}. False when the folder could not be listed to its end (reported): the files found
   * before are then not to be read.
   *
   * @param leftOut absolute, normalised paths left out with what lies under them (a run's own output)
   */
  public static boolean under(Path root, Set<Path> leftOut, BiConsumer<Path, String> found, Consumer<IngestProblem> problems) {
    return new CorpusWalk(problems, leftOut).inWalkOrder(root, (file, folder) -> found.accept(file, CorpusWalk.nameOf(file, folder)));
  }
}
