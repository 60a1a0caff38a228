package org.doppel.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doppel.index.LuceneIndex.IndexStats;

/** A standing index's stats as one JSON object, as {@code doppel index stats} and {@code GET /api/stats} give them. */
public final class IndexStatsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private IndexStatsJson() {}

  /** {@code {"documents", "bytes_on_disk", "segments", "last_commit"}}. */
  public static ObjectNode of(IndexStats stats) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("documents", stats.documents());
    node.put("bytes_on_disk", stats.bytesOnDisk());
    node.put("segments", stats.segments());
    node.put("last_commit", stats.lastCommit());
    return node;
  }
}
