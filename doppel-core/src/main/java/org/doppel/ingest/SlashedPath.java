package org.doppel.ingest;

import java.nio.file.Path;

/** A file's path relative to the folder read, as ids and picture names write it: {@code /} between its folders. */
public final class SlashedPath {
  private SlashedPath() {}

  /**
   * {@code relative} with {@code /} between its folders, whatever the file system's separator. Only the separator is
   * replaced: on Linux a backslash is a letter of a file name ({@code a\b.txt}, as an unzip of a Windows-made archive
   * may leave it), and read as a separator it made that file a second {@code a/b} beside the real {@code a/b.txt}.
   */
  public static String of(Path relative) {
    String separator = relative.getFileSystem().getSeparator();
    return separator.equals("/") ? relative.toString() : relative.toString().replace(separator, "/");
  }
}
