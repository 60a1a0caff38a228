package org.doppel.ingest;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file Doppel reads, recognised by extension (a trailing .gz is looked through). */
public enum InputFormat {
  PLAIN_TEXT("txt", "text", "md", "markdown"),
  JSON_LINES("jsonl", "ndjson"),
  HTML("html", "htm", "xhtml"),
  WARC("warc");

  private final String[] extensions;

  InputFormat(String... extensions) {
    this.extensions = extensions;
  }

  public static Optional<InputFormat> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    for (InputFormat format : values()) {
      for (String candidate : format.extensions) {
        if (candidate.equals(extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /** A file name without its format extension and a trailing .gz: "x/42.txt.gz" → "x/42". */
  public static String stripExtension(String fileName) {
    String name = fileName;
    if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }
}
