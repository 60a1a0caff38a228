package org.doppel.index;

import org.jspecify.annotations.Nullable;

/** Numbers, bytes and times of an index, as {@code doppel index stats} prints them. */
public record IndexStats(int documents, DiskBytes bytes, int segments, @Nullable String lastCommit) {
  public long bytesOnDisk() {
    return bytes.total();
  }
}
