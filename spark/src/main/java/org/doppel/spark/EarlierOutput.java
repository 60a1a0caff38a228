package org.doppel.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What the job says of an output folder that exists already. It writes {@code _stats.json} last, after every other
 * output, so a folder without it that holds the job's folders is a run that was stopped (killed, a task failed past its
 * retries, the cluster lost) before the end: its {@code pairs/_SUCCESS} may be there while the families and the
 * keep/drop list are missing. The job refused both alike ("exists already"), so a user could not tell a finished run
 * from a broken one without listing it.
 */
final class EarlierOutput {
  /** What the job writes in its output folder, each before {@code _stats.json}. */
  private static final String[] PARTS = {"pairs", "problems", "families", "duplicates"};

  private EarlierOutput() {}

  /** The line that refuses {@code out}, which exists: finished, unfinished, or some other folder or file. */
  static String refusal(FileSystem fs, Path out) throws IOException {
    if (fs.exists(new Path(out, "_stats.json"))) {
      return out + " holds a finished run (its _stats.json is written); give a new output folder";
    }
    for (String part : PARTS) {
      if (fs.exists(new Path(out, part))) {
        return out + " holds a run that did not finish (no _stats.json, which the job writes last: it was stopped or failed "
            + "part way, so what it holds is incomplete); remove it and run again, or give a new output folder";
      }
    }
    return out + " exists already; give a new output folder";
  }
}
