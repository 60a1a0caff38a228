package org.doppel.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.doppel.ingest.InputsNotFound;

/**
 * The inputs named on the command line that match nothing: a mistyped path, or a glob that matches no file. The job
 * skipped them with a line on stderr and went on, writing pairs and a keep/drop list that left their documents out,
 * exit 0, where {@code doppel scan} refuses a missing path before anything is read (seventeenth tour). An input the
 * file system cannot list (a permission refused) is not one of them: the listing names it as the scan goes on.
 */
final class MissingInputs {
  private MissingInputs() {}

  /** Why the job refuses to start, naming every input that matches nothing; empty when each matches something. */
  static Optional<String> refusal(List<String> inputs, Configuration conf) {
    List<String> missing = new ArrayList<>();
    for (String input : inputs) {
      if (matchesNothing(input, conf)) {
        missing.add(input);
      }
    }
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(InputsNotFound.refusal(missing));
  }

  private static boolean matchesNothing(String input, Configuration conf) {
    try {
      Path path = new Path(input);
      FileStatus[] matches = path.getFileSystem(conf).globStatus(path);
      return matches == null || matches.length == 0;
    } catch (IOException | IllegalArgumentException cannotList) {
      return false; // named by the listing, with what the file system said
    }
  }
}
