package org.doppel.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The report format when {@code --format} is not given: the one the {@code --out} file's name asks for
 * ({@code pairs.jsonl} or {@code pairs.json} JSON Lines, {@code report.html} HTML, {@code trace.json} JSON), else text. {@code scan --out
 * pairs.jsonl} wrote the text report into a file named JSON Lines, which every JSON reader (and the next scan of a
 * folder holding it) refused line by line.
 */
final class FormatOfOut {
  private FormatOfOut() {}

  /** {@code given} when the option was given, else the format {@code out}'s extension names among {@code fallback}'s, else {@code fallback}. */
  static <F extends Enum<F>> F of(F given, Path out, F fallback) {
    if (given != null) {
      return given;
    }
    if (out == null || out.getFileName() == null) {
      return fallback;
    }
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    String named = name.endsWith(".jsonl") || name.endsWith(".ndjson") ? "jsonl"
        : name.endsWith(".json") ? "json"
        : name.endsWith(".html") || name.endsWith(".htm") ? "html"
        : name.endsWith(".csv") ? "csv" : null;
    // JSON Lines files are read under .json too (datasets ship them so), and trace's one JSON object has no .jsonl
    String akin = "json".equals(named) ? "jsonl" : "jsonl".equals(named) ? "json" : null;
    for (String wanted : new String[] {named, akin}) {
      for (F format : fallback.getDeclaringClass().getEnumConstants()) {
        if (format.name().equals(wanted)) {
          return format;
        }
      }
    }
    return fallback;
  }
}
