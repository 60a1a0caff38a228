package org.doppel.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** One line of a core report writer, without its line end, for a Spark text output. */
final class JsonLine {
  /** Writes one object with a core report writer. */
  @FunctionalInterface
  interface Writing {
    void writeTo(Writer writer) throws IOException;
  }

  private JsonLine() {}

  static String of(Writing writing) {
    StringWriter writer = new StringWriter();
    try {
      writing.writeTo(writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String line = writer.toString();
    return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
  }
}
