package org.doppel.ingest;

import java.util.List;

/**
 * What to tell a user who named corpus inputs that do not exist (a mistyped path, a glob that matches nothing). In the
 * core so that {@code doppel scan} and the Spark job, which each refuse such a run before reading anything, say it
 * alike.
 */
public final class InputsNotFound {
  private InputsNotFound() {}

  /** The refusal naming every input in {@code missing}, which is not empty. */
  public static String refusal(List<String> missing) {
    boolean one = missing.size() == 1;
    return String.join(", ", missing) + ": no such file or folder (nothing was read: a run without " + (one ? "it" : "them")
        + " would leave out what " + (one ? "it holds" : "they hold") + ")";
  }
}
