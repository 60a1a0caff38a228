package org.doppel.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;

/**
 * Reads one listed file on an executor with the core's {@link CorpusReader}: JSON Lines and WARC files are
 * streamed a record at a time, a bad file or record becomes a problem with its location (file and line or
 * record offset) and the rest goes on, a corrupt WARC record resyncs. A file on a local file system is read
 * in place; one on a remote file system (hdfs:, s3a:) is first copied to the executor's scratch folder,
 * because the core reads {@link Path}s.
 */
final class InputFileReader implements Serializable {
  private final HashMap<String, String> hadoopSettings;

  /** @param hadoopSettings the driver's Hadoop configuration, for remote file systems */
  InputFileReader(Map<String, String> hadoopSettings) {
    this.hadoopSettings = new HashMap<>(hadoopSettings);
  }

  List<ReadItem> read(InputFile file) {
    List<ReadItem> items = new ArrayList<>();
    URI uri = URI.create(file.uri());
    boolean local = uri.getScheme() == null || "file".equals(uri.getScheme());
    Path staged = null;
    try {
      if (!local) {
        staged = stage(uri, file.relativeName());
      }
      Path path = local ? (uri.getScheme() == null ? Paths.get(file.uri()) : Paths.get(uri)) : staged;
      readInto(items, file, path, local ? path.toString() : file.uri());
    } catch (IOException | RuntimeException e) {
      items.add(ReadItem.problem(file.order(), file.uri() + ": cannot read (" + e + ") (skipped)"));
    } catch (OutOfMemoryError full) {
      // the file's documents are dropped, which frees the heap to say which file it was: Spark's report of the lost
      // task, and the job's line after it (TaskFailure), then name it
      items.clear();
      throw new OutOfMemoryError(full.getMessage() + " while reading " + file.uri());
    } finally {
      if (staged != null) {
        try {
          Files.deleteIfExists(staged);
        } catch (IOException e) {
          // a scratch copy left behind costs disk, not correctness
        }
      }
    }
    for (ReadItem item : items) {
      if (!item.isDocument()) {
        System.err.println("doppel-spark: " + item.problem());
      }
    }
    return items;
  }

  /** Reads {@code path} with the core reader; locations in messages and origins name the file as listed, {@code shownAs}. */
  private static void readInto(List<ReadItem> items, InputFile file, Path path, String shownAs) {
    String localName = path.toString();
    long[] record = {0};
    CorpusReader reader = new CorpusReader(problem -> items.add(problem.note()
        ? ReadItem.note(file.order(), located(problem, localName, shownAs))
        : ReadItem.problem(file.order(), located(problem, localName, shownAs))));
    reader.readFile(path, file.relativeName(), document -> items.add(ReadItem.document(file.order(), record[0]++,
        localName.equals(shownAs) ? document : new SourceText(document.id(), document.text(), document.origin().replace(localName, shownAs), document.metadata()))));
  }

  private static String located(IngestProblem problem, String localName, String shownAs) {
    return problem.toString().replace(localName, shownAs);
  }

  private Path stage(URI uri, String relativeName) throws IOException {
    Configuration conf = new Configuration();
    hadoopSettings.forEach(conf::set);
    org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
    FileSystem fs = remote.getFileSystem(conf);
    String name = relativeName.substring(relativeName.lastIndexOf('/') + 1);
    Path folder = Files.createTempDirectory("doppel-spark-input");
    Path copy = folder.resolve(name);
    try (InputStream in = fs.open(remote)) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    }
    copy.toFile().deleteOnExit();
    folder.toFile().deleteOnExit();
    return copy;
  }
}
