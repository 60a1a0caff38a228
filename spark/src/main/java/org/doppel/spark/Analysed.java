package org.doppel.spark;

import java.io.Serializable;
import org.doppel.StockLines;
import org.doppel.index.CandidateKeys;
import org.doppel.ingest.SourceText;

/**
 * A document as the fingerprint stage leaves it: the text, what exact-copy detection needs, the index keys
 * and the distinct words for document frequencies.
 *
 * @param number the document's number, {@link DocumentNumbers}
 * @param source the document as read
 * @param contentHash hash of the whole normalised content
 * @param wordCount content words
 * @param keyKinds the kind ({@link org.doppel.index.CandidateKeys.Kind} ordinal) of each key
 * @param keys the index keys, repeats included
 * @param words the distinct hashes of the document's words
 * @param lines the document's lines as stock-line learning counts them
 * @param metadataLines the metadata lines analysis found ({@link org.doppel.document.PackedMetadataLines}), so
 *     analysing the document again for verification skips the line patterns, as a local scan does
 * @param vector the vocabulary vector of a short text, for its nearest neighbours ({@link VectorStage}); empty
 *     for a longer text or one without content words
 */
public record Analysed(long number, SourceText source, long contentHash, int wordCount, byte[] keyKinds, int[] keys, long[] words,
                       StockLines.Lines lines, int[] metadataLines, byte[] vector)
    implements Serializable {
  Doc doc() {
    return new Doc(source, contentHash, wordCount, metadataLines);
  }

  /** The document's line keys, as its fingerprint counts them ({@link org.doppel.fingerprint.Fingerprint#lineKeyCount}). */
  int lineKeyCount() {
    int n = 0;
    for (byte kind : keyKinds) {
      n += kind == CandidateKeys.Kind.LINE.ordinal() ? 1 : 0;
    }
    return n;
  }

  /** A document with what the verifier needs besides its text: whether two are exact copies, and its metadata lines. */
  public record Doc(SourceText source, long contentHash, int wordCount, int[] metadataLines) implements Serializable {}
}
