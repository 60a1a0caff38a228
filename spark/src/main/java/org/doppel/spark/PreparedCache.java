package org.doppel.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.doppel.PairVerifier;
import org.doppel.PreparedDocument;
import org.doppel.document.Document;
import org.doppel.document.PackedMetadataLines;

/**
 * The analysed documents of the last pairs a task verified, so a document in several pairs of one
 * partition is analysed once (its sentences and facts too, when a pair needs them), as a local scan
 * analyses each pair's first document once for its run.
 */
final class PreparedCache {
  private final Detection.Tools tools;
  private final PairVerifier verifier;
  private final Map<Long, Analysis> recent;

  /**
   * A document as analysed for verification, and as prepared by the verifier. Kept by one task, never serialized; the
   * judge tells a pair's two apart by their sources' identity, not by this record's equality.
   */
  record Analysis(Document document, PreparedDocument prepared) {}

  PreparedCache(Detection.Tools tools, PairVerifier verifier, int capacity) {
    this.tools = tools;
    this.verifier = verifier;
    this.recent = new LinkedHashMap<Long, Analysis>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, Analysis> eldest) {
        return size() > capacity;
      }
    };
  }

  Analysis get(long number, Analysed.Doc doc) {
    return recent.computeIfAbsent(number, n -> {
      Document document = tools.analyzer().analyze(doc.source(), PackedMetadataLines.unpack(doc.metadataLines()));
      return new Analysis(document, verifier.prepare(document));
    });
  }
}
