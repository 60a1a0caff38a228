package org.doppel.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.doppel.ingest.CorpusFiles;
import org.doppel.ingest.HiddenFiles;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.InputFormat;

/**
 * Lists the files of the inputs on any Hadoop file system, in the order {@code doppel scan} reads them:
 * inputs as given (a glob expands to its matches, in name order), the files under a folder recursively by
 * path, hidden files and folders (a name starting with '.') left out. Only file names reach the driver,
 * never documents. Folders on the local file system are walked with {@code java.nio}: Hadoop's local file
 * system runs {@code ls -ld} per file for its permissions when the native library is missing, which made
 * listing 20,000 files take over a quarter of an hour on a loaded machine.
 */
final class InputListing {
  /** The files found, and the inputs that could not be listed, each as "input: what is wrong". */
  record Listed(List<InputFile> files, List<String> problems) {}

  private InputListing() {}

  static Listed list(List<String> inputs, Configuration conf) {
    return list(inputs, conf, Set.of());
  }

  /** As {@link #list(List, Configuration)}, leaving out {@code leftOut} (absolute local paths: the job's own output folder). */
  static Listed list(List<String> inputs, Configuration conf, Set<java.nio.file.Path> leftOut) {
    List<InputFile> files = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          problems.add(input + ": no such file or folder (skipped)");
          continue;
        }
        Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
        for (FileStatus match : matches) {
          if (match.isDirectory() && "file".equals(match.getPath().toUri().getScheme())) {
            addLocalFolder(Paths.get(match.getPath().toUri()), leftOut, files, problems);
          } else if (match.isDirectory()) {
            addFolder(fs, match.getPath(), files);
          } else {
            files.add(new InputFile(match.getPath().toUri().toString(), match.getPath().getName(), files.size()));
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        problems.add(input + ": cannot list (" + e.getMessage() + ") (skipped)");
      }
    }
    return new Listed(files, problems);
  }

  private static void addFolder(FileSystem fs, Path root, List<InputFile> files) throws IOException {
    String rootPath = root.toUri().getPath();
    String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    List<String[]> found = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> walk = fs.listFiles(root, true);
    while (walk.hasNext()) {
      LocatedFileStatus file = walk.next();
      String path = file.getPath().toUri().getPath();
      String relative = path.startsWith(prefix) ? path.substring(prefix.length()) : file.getPath().getName();
      if (!HiddenFiles.isHiddenRelative(relative) && !InputFormat.isPagePart(relative)) {
        found.add(new String[] {relative, file.getPath().toUri().toString()});
      }
    }
    addInNameOrder(found, files);
  }

  /**
   * A local folder, walked as {@code doppel scan} walks it ({@link CorpusFiles}): the job's own walk passed links to
   * nothing, links to folders and pipes over in silence and named a search index kept in the folder file by file,
   * so its problems were not the local scan's.
   */
  private static void addLocalFolder(java.nio.file.Path given, Set<java.nio.file.Path> leftOut, List<InputFile> files,
                                     List<String> problems) {
    // a folder given through a symbolic link is walked where it points, as the local scan does
    java.nio.file.Path root;
    try {
      root = Files.isSymbolicLink(given) ? given.toRealPath() : given;
    } catch (IOException e) {
      problems.add(new IngestProblem(given.toString(), "cannot follow the link: " + e.getMessage(), true).toString());
      return;
    }
    String rootUri = root.toUri().toString(); // a folder's URI ends with '/'
    List<String[]> found = new ArrayList<>();
    // a plain name's URI is the folder's and the name, not file.toUri(), which asks the disk whether the path is a
    // folder: a tenth of the driver's samples at 100,000 files
    boolean whole = CorpusFiles.under(root, leftOut,
        (file, relative) -> found.add(new String[] {relative, plainName(relative) ? rootUri + relative : file.toUri().toString()}),
        problem -> problems.add(problem.toString()));
    if (!whole) {
      return; // as the local scan: a folder listed part way is read not at all, and named
    }
    addInNameOrder(found, files);
  }

  /**
   * Adds a folder's files, each a {relative name, URI} pair, in the order of their names: the order the local scan
   * reads a folder in, whatever order the file system listed them in.
   */
  private static void addInNameOrder(List<String[]> found, List<InputFile> files) {
    found.sort(Comparator.comparing(f -> f[0]));
    for (String[] file : found) {
      files.add(new InputFile(file[1], file[0], files.size()));
    }
  }

  /** Whether a relative path is written the same in a URI: letters, digits and {@code -._~/} only. */
  static boolean plainName(String relative) {
    for (int i = 0; i < relative.length(); i++) {
      char c = relative.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')) {
        return false;
      }
    }
    return !relative.isEmpty();
  }
}
