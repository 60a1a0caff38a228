package org.doppel.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds the files a corpus is read from: each root named, a file on its own or a folder walked to every depth
 * (through a link named as a root, never through one met inside), leaving out hidden files, a saved page's parts,
 * a search index kept in the folder and the paths the run itself writes ({@link CorpusReader#skipping}). Anything
 * met that cannot be read (a broken link, a link to a folder, a pipe) is reported rather than left out in silence.
 */
final class CorpusWalk {
  /** The folders {@code doppel-spark scan} writes in its output folder, each through Hadoop's committer, before {@code _stats.json}. */
  private static final List<String> SPARK_OUTPUT_PARTS = List.of("problems", "pairs", "families", "duplicates");
  private final Consumer<IngestProblem> problems;
  /** Absolute, normalised paths left out, with what lies under them. */
  private final Set<Path> skipped;

  CorpusWalk(Consumer<IngestProblem> problems, Set<Path> skipped) {
    this.problems = problems;
    this.skipped = skipped;
  }

  /**
   * Hands each file under {@code roots} to {@code visit} with its name ({@link #nameOf}), root after root and in
   * name order within each.
   */
  void inNameOrder(List<Path> roots, BiConsumer<Path, String> visit) {
    for (Path root : roots) {
      List<Found> found = new ArrayList<>();
      if (inWalkOrder(root, (file, folder) -> found.add(new Found(file, folder)))) {
        found.sort(Comparator.comparing(Found::file));
        found.forEach(file -> visit.accept(file.file(), nameOf(file.file(), file.folder())));
      }
    }
  }

  /** A file the walk found, and the folder walked (null for a file named on its own). */
  private record Found(Path file, @Nullable Path folder) {}

  /** The name ids are made of: the file's path relative to the folder walked, or its file name when named alone. */
  static String nameOf(Path file, @Nullable Path folder) {
    return folder == null ? file.getFileName().toString() : SlashedPath.of(folder.relativize(file));
  }

  /**
   * Hands each file under {@code root} to {@code found}, in the order the walk finds them, with the folder walked
   * (null for a file named on its own); a root that is missing or cannot be listed is reported instead. False when
   * the listing failed part way: the files found before are not to be read, as when nothing was found.
   */
  boolean inWalkOrder(Path root, BiConsumer<Path, @Nullable Path> found) {
    if (!Files.exists(root)) {
      // "-" was "no such file or folder", to a user who piped a dataset in as many tools take it
      problems.accept(new IngestProblem(root.toString(), root.toString().equals("-")
          ? "standard input is not read: save what the pipe gives to a file and name that (Doppel reads .jsonl.gz, .zst and the"
              + " other compressions itself)"
          : LinkLoop.whyMissing(root), true));
      return true;
    }
    if (!Files.isDirectory(root)) {
      // A pipe or device named on its own is reported as under a folder: opening a pipe waited for a writer forever.
      if (isReadableFile(root)) {
        found.accept(root, null);
      }
      return true;
    }
    // A folder given through a symbolic link is walked where the link points: the walk follows
    // no link, so it would otherwise see the link alone and read nothing.
    Path folder = Files.isSymbolicLink(root) ? resolved(root) : root;
    return folder == null || filesUnder(folder, file -> found.accept(file, folder));
  }

  private @Nullable Path resolved(Path link) {
    try {
      return link.toRealPath();
    } catch (IOException e) {
      problems.accept(new IngestProblem(link.toString(), "cannot follow the link: " + e.getMessage(), true));
      return null;
    }
  }

  /**
   * Hands every file to read under the folder {@code root} to {@code found}, in the order the walk finds them;
   * false, with the problem reported, when the folder could not be listed to its end. A folder inside it that cannot
   * be opened (no permission) is named and left out, as an unreadable file is, and the walk goes on: it stopped the
   * whole root, every document of the corpus lost for one locked folder.
   */
  private boolean filesUnder(Path root, Consumer<Path> found) {
    // The walk hands over the attributes it read anyway: a plain file, the usual case, needs no
    // further look at the disk (three more per file were a few percent of a scan, all on one thread).
    // A file named on its own is read or reported whatever it is; in a folder, hidden files and a saved
    // page's parts are skipped before anything is reported.
    // The walk meets each folder before its files: an index folder or a Spark job's output is seen there, with one
    // look for its lock or statistics file.
    try {
      Files.walkFileTree(root, Set.of(), Integer.MAX_VALUE, new Listing(root, found));
      return true;
    } catch (IOException e) {
      problems.accept(IngestProblem.folderNotListed(root, e));
      return false;
    } catch (UncheckedIOException e) {
      problems.accept(IngestProblem.folderNotListed(root, e));
      return false;
    }
  }

  /**
   * The walk of one root folder: hands each file to read to {@code found}, names a folder inside that cannot be
   * opened and goes on, and stops at a folder listed part way (its {@link IOException} thrown out of the walk).
   */
  final class Listing extends SimpleFileVisitor<Path> {
    private final Path root;
    private final int rootNames;
    private final HiddenFiles hidden;
    private final Consumer<Path> found;
    private final Set<Path> leftOut = new HashSet<>();

    Listing(Path root, Consumer<Path> found) {
      this.root = root;
      this.rootNames = root.getNameCount();
      this.hidden = HiddenFiles.under(root);
      this.found = found;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
      noteIfNotDocuments(dir, leftOut);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (isWanted(file) && !InputFormat.isPagePart(file.getFileName().toString())
          && (attributes.isRegularFile() || isReadableFile(file))) {
        found.accept(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path path, IOException e) throws IOException {
      return UnlistedFolders.leftOut(root, path, e, isWanted(path), problems);
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e) throws IOException {
      if (e != null) {
        throw e; // listed part way: as before, nothing of the root is read
      }
      return FileVisitResult.CONTINUE;
    }

    private boolean isWanted(Path path) {
      return !hidden.isHidden(path) && !isSkipped(path) && (leftOut.isEmpty() || !isUnder(path, leftOut, rootNames));
    }
  }

  /** Whether a folder of {@code leftOut} holds {@code file}, at any depth below the folder walked. */
  private static boolean isUnder(Path file, Set<Path> leftOut, int rootNames) {
    for (Path folder = file.getParent(); folder != null && folder.getNameCount() >= rootNames; folder = folder.getParent()) {
      if (leftOut.contains(folder)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds {@code folder} to {@code leftOut}, with one problem for it, when it holds no documents but a program's files:
   * a Lucene index (a {@code write.lock} and a {@code segments_N} file) or the output of {@code doppel-spark scan}
   * (its {@code _stats.json} beside a {@code pairs} folder). Kept inside a corpus folder, either was otherwise named
   * file by file: several dozen "not a supported file type" lines for an index, two a partition for a job's output.
   * False: a folder is never itself a file to read.
   */
  private boolean noteIfNotDocuments(Path folder, Set<Path> leftOut) {
    if (isSkipped(folder)) {
      return false;
    }
    if (Files.isRegularFile(folder.resolve("write.lock"), LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> names = Files.list(folder)) {
        if (names.anyMatch(file -> file.getFileName().toString().matches("segments_[0-9a-z]+"))) {
          leftOut.add(folder);
          problems.accept(new IngestProblem(folder.toString(), "a search index (write.lock, segments_N), not documents", true));
        }
      } catch (IOException | UncheckedIOException e) {
        return false; // read as any folder: its files are named one by one
      }
    } else {
      String sparkOutput = sparkOutput(folder);
      if (sparkOutput != null) {
        leftOut.add(folder);
        problems.accept(new IngestProblem(folder.toString(), sparkOutput, true));
      }
    }
    return false;
  }

  /**
   * Why {@code folder} is the output of {@code doppel-spark scan}, finished or not; null when it is not. A finished run
   * has its {@code _stats.json} (written last) beside {@code pairs/}; a run stopped or failed part way has none, but
   * each of its output folders is written as Spark writes one: a {@code _temporary} folder while its tasks write, a
   * {@code _SUCCESS} mark once they are done, which no corpus of texts holds.
   */
  private static @Nullable String sparkOutput(Path folder) {
    if (Files.isRegularFile(folder.resolve("_stats.json"), LinkOption.NOFOLLOW_LINKS)
        && Files.isDirectory(folder.resolve("pairs"), LinkOption.NOFOLLOW_LINKS)) {
      return "the output of a doppel-spark scan (_stats.json, pairs/), not documents";
    }
    for (String part : SPARK_OUTPUT_PARTS) {
      Path written = folder.resolve(part);
      if (Files.isRegularFile(written.resolve("_SUCCESS"), LinkOption.NOFOLLOW_LINKS)
          || Files.isDirectory(written.resolve("_temporary"), LinkOption.NOFOLLOW_LINKS)) {
        return "the output of a doppel-spark scan that did not finish (" + part + "/ as Spark writes it, no _stats.json), not documents";
      }
    }
    return null;
  }

  private boolean isSkipped(Path file) {
    if (skipped.isEmpty()) {
      return false;
    }
    Path absolute = file.toAbsolutePath().normalize();
    for (Path left : skipped) {
      if (absolute.startsWith(left)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Regular files (and links to them) are read; folders are walked. Anything else under a corpus
   * folder (a link to nothing or to a folder, a pipe, a device) is reported rather than skipped in
   * silence, so a user learns why a document is missing.
   */
  private boolean isReadableFile(Path path) {
    if (Files.isRegularFile(path)) {
      return true;
    }
    if (Files.isDirectory(path) && !Files.isSymbolicLink(path)) {
      return false;
    }
    // The walk follows no link to a folder (a link back up would loop): say so, as its documents go unread.
    String why = !Files.isSymbolicLink(path) ? "not a regular file"
        : Files.isDirectory(path) ? "symbolic link to a folder, not followed (name the folder itself to read it)"
        : Files.exists(path) ? "not a regular file (a link to a pipe or device: /dev/stdin is one)"
        : LinkLoop.at(path) ? LinkLoop.MESSAGE : "symbolic link to a file that does not exist";
    problems.accept(new IngestProblem(path.toString(), why, true));
    return false;
  }
}
