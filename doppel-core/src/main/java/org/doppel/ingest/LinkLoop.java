package org.doppel.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a symbolic link leads back to itself (a link to itself, or a chain that closes): to the file system it is
 * a link to nothing, and users were told of "a file that does not exist" while the link they made was there to see.
 * Asked only of a link that resolves to nothing, so a readable corpus pays nothing for it.
 */
public final class LinkLoop {
  /** What a walk says of such a link. */
  static final String MESSAGE = "symbolic link in a loop (it leads back to itself), not followed";

  private LinkLoop() {}

  /** Why {@code root}, named by the user, is not there: a link in a loop, or nothing at all. */
  public static String whyMissing(Path root) {
    return at(root) ? MESSAGE : "no such file or folder";
  }

  static boolean at(Path link) {
    Set<Path> seen = new HashSet<>();
    Path at = link.toAbsolutePath().normalize();
    while (Files.isSymbolicLink(at)) {
      if (!seen.add(at)) {
        return true;
      }
      try {
        at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
      } catch (IOException | UnsupportedOperationException unreadable) {
        return false;
      }
    }
    return false;
  }
}
