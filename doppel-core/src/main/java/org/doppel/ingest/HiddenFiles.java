package org.doppel.ingest;

import java.nio.file.Path;

/**
 * The one rule by which Doppel's walks leave a file out without a word: a hidden file, one whose name or the name of a
 * folder between it and the folder walked starts with a dot. The folder walked is read even where it is hidden itself
 * (it was named). An archive's members follow the same rule ({@link #isHiddenMember}), with macOS's "__MACOSX" folder.
 */
public final class HiddenFiles {
  /** The names of the folder walked, which a path under it starts with and which are not looked at. */
  private final int rootNames;

  private HiddenFiles(int rootNames) {
    this.rootNames = rootNames;
  }

  /**
   * The rule for the paths a walk of {@code root} finds ({@code root} resolved against a name). The empty path (the
   * working folder) has one name, the empty one, which the paths under it do not start with: none of theirs is the
   * folder's.
   */
  public static HiddenFiles under(Path root) {
    return new HiddenFiles(root.toString().isEmpty() ? 0 : root.getNameCount());
  }

  /**
   * Whether a name of {@code path}, found under the folder walked, below that folder's names starts with a dot. Read
   * from the path's own names: making the relative path first was most of listing a folder of 100,000 files, on one
   * thread before any file is read.
   */
  public boolean isHidden(Path path) {
    for (int i = path.getNameCount() - 1; i >= rootNames; i--) {
      if (path.getName(i).toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a path under the folder walked, given as text with its parts joined by "/", has a part that starts with a
   * dot: {@link #isHidden}'s rule for a listing that has no {@link Path} (the Spark job's, of a Hadoop file system).
   */
  public static boolean isHiddenRelative(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an archive's member, named {@code name} (its parts joined by "/"), is hidden: a part with a dot first
   * (macOS's "._" files among them), or the "__MACOSX" folder its zip tool adds.
   */
  static boolean isHiddenMember(String name) {
    return isHiddenRelative(name) || ("/" + name + "/").contains("/__MACOSX/");
  }
}
