package org.doppel.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.doppel.ingest.TerminalText;

/**
 * The inputs a command was given, as its closing message names them: one line, each path escaped as the messages
 * about input escape it. Printed as the list it is ("[x^[[7m.txt]"), a name holding an escape sequence or a line break
 * reached the terminal raw in the one line the third tour left unescaped.
 */
final class ShownPaths {
  private ShownPaths() {}

  static String of(List<Path> paths) {
    return paths.stream().map(path -> TerminalText.oneLine(path.toString())).collect(Collectors.joining(", "));
  }
}
