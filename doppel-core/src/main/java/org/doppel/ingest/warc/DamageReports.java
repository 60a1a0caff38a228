package org.doppel.ingest.warc;

import java.util.function.Consumer;
import org.doppel.ingest.IngestProblem;
import org.jspecify.annotations.Nullable;

/** Where a crawl's walk names the places it could not read and jwarc's warnings, and how many records it named broken. */
final class DamageReports {
  private final Consumer<IngestProblem> damage;
  private final @Nullable Consumer<IngestProblem> warnings;
  private int broken;

  /**
   * @param damage where each damaged place is named (a reader that leaves the naming to another reader of the same
   *     crawl gives one that drops them)
   * @param warnings where jwarc's warnings about a record are said, or null to pass over them
   */
  DamageReports(Consumer<IngestProblem> damage, @Nullable Consumer<IngestProblem> warnings) {
    this.damage = damage;
    this.warnings = warnings;
  }

  /** The records named as corrupt or truncated so far. */
  int broken() {
    return broken;
  }

  /** Names a corrupt or truncated record at {@code location}, counted among the broken ones. */
  void brokenRecord(String location, String message) {
    broken++;
    damage.accept(new IngestProblem(location, message, true));
  }

  /** Names damage that is no record of its own (a .warc.zst's frame lost with what it held). */
  void damaged(String location, String message) {
    damage.accept(new IngestProblem(location, message, true));
  }

  /** Says a warning about the record at {@code location}, where warnings are said. */
  void warn(String location, String message) {
    if (warnings != null) {
      warnings.accept(new IngestProblem(location, message, false));
    }
  }
}
