package org.doppel.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.doppel.PairVerifier;
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

  /** A document as analysed for verification, as prepared by the verifier, and its distinct words once asked for. */
  static final class Analysis {
    private final Document document;
    private final PairVerifier.Prepared prepared;
    private long[] words;
    private DirectionStage.WordCounts counts;

    Analysis(Document document, PairVerifier.Prepared prepared) {
      this.document = document;
      this.prepared = prepared;
    }

    Document document() {
      return document;
    }

    PairVerifier.Prepared prepared() {
      return prepared;
    }

    /** The sorted distinct hashes of the document's words, as document frequencies count them; computed once. */
    long[] words() {
      if (words == null) {
        words = DistributedScan.distinctWords(document);
      }
      return words;
    }

    /** The corpus counts of the document's distinct words, looked up once in the shared words' table. */
    DirectionStage.WordCounts counts(org.doppel.provenance.DocumentFrequencies shared) {
      if (counts == null) {
        counts = DirectionStage.lookUp(words(), shared);
      }
      return counts;
    }
  }

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
