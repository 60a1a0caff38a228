package org.doppel.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doppel.index.IndexStats;

/** A standing index's stats as one JSON object, as {@code doppel index stats} and {@code GET /api/stats} give them. */
public final class IndexStatsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private IndexStatsJson() {}

  /**
   * {@code {"documents", "bytes_on_disk", "segments", "last_commit", "bytes"}}, {@code bytes} being
   * the files by part: {@code stored_fields} (compressed text, id, origin, metadata, pictures),
   * {@code terms}, {@code postings}, {@code vectors}, {@code other} of the last commit, and {@code uncommitted}: the
   * files no commit holds (an add still running, or one cut short, whose files the next writer deletes).
   */
  public static ObjectNode of(IndexStats stats) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("documents", stats.documents());
    node.put("bytes_on_disk", stats.bytesOnDisk());
    node.put("segments", stats.segments());
    node.put("last_commit", stats.lastCommit());
    ObjectNode parts = node.putObject("bytes");
    parts.put("stored_fields", stats.bytes().storedFields());
    parts.put("terms", stats.bytes().terms());
    parts.put("postings", stats.bytes().postings());
    parts.put("vectors", stats.bytes().vectors());
    parts.put("other", stats.bytes().other());
    parts.put("uncommitted", stats.bytes().uncommitted());
    return node;
  }

  /**
   * As {@link #of(IndexStats)}, with {@code compressed_text_bytes} (the texts alone, compressed as the
   * index compresses them) and what the index takes beyond them, in all and a document.
   */
  public static ObjectNode of(IndexStats stats, long compressedTextBytes) {
    ObjectNode node = of(stats);
    node.put("compressed_text_bytes", compressedTextBytes);
    long beyond = stats.bytesOnDisk() - compressedTextBytes;
    node.put("bytes_beyond_text", beyond);
    node.put("bytes_beyond_text_per_document", stats.documents() == 0 ? 0 : Math.round((double) beyond / stats.documents()));
    return node;
  }
}
