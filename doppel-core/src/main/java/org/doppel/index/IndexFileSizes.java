package org.doppel.index;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * An index folder's bytes by what its files hold ({@link DiskBytes}), from Lucene's file extensions. Files that are
 * not the index's (a note a user left in the folder) are not counted: they were counted as "uncommitted", files
 * the next writer deletes, which it never does with a file of another name.
 */
final class IndexFileSizes {
  private IndexFileSizes() {}

  static DiskBytes of(Directory directory) throws IOException {
    long[] parts = new long[6];
    Set<String> committed;
    try {
      committed = new HashSet<>(SegmentInfos.readLatestCommit(directory).files(true));
    } catch (IndexNotFoundException none) {
      committed = new HashSet<>();
    }
    committed.add(IndexWriter.WRITE_LOCK_NAME);
    for (String file : directory.listAll()) {
      if (!IndexOpeningChecks.isLuceneFile(file)) {
        continue;
      }
      long length;
      try {
        length = directory.fileLength(file);
      } catch (NoSuchFileException e) {
        continue; // merged away while we were listing
      }
      String extension = file.substring(file.lastIndexOf('.') + 1);
      int part = switch (extension) {
        case "fdt", "fdx", "fdm" -> 0;
        case "tim", "tip", "tmd" -> 1;
        case "doc", "pos", "pay", "psm", "nvd", "nvm" -> 2;
        default -> extension.startsWith("ve") ? 3 : 4;
      };
      parts[committed.contains(file) ? part : 5] += length;
    }
    return new DiskBytes(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
  }
}
