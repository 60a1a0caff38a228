package org.doppel.index;

import static org.doppel.index.IndexFields.*;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.doppel.document.Hashing;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.index.photo.StoredPicture;
import org.doppel.ingest.ArticleMetadataJson;
import org.doppel.ingest.SourceText;

/**
 * The Lucene document a text becomes in the standing index ({@link LuceneIndex#put}): its source stored (id, text,
 * origin, metadata as JSON) and its title searchable; as terms the LSH band, line, anchor and fact keys the scan's
 * {@link InMemoryCandidateIndex} posts, each distinct word, and each line in its surroundings; a short text's
 * vocabulary vector; its pictures ({@link PhotoFields}). {@link IndexSnapshot} reads these fields back.
 */
final class IndexedDocument {
  /** Key fields keep term frequencies: a key a document posts twice counts twice, as in the scan's postings. */
  static final FieldType COUNTED_KEY = keyType(IndexOptions.DOCS_AND_FREQS);
  /** A key counted once a document whatever its repeats: document frequencies (words) and presence (lines, pictures). */
  static final FieldType DISTINCT_KEY = keyType(IndexOptions.DOCS);

  private IndexedDocument() {}

  /**
   * {@code source}'s Lucene document, of the arguments {@link LuceneIndex#put} takes.
   *
   * @param banding how {@code fingerprint}'s MinHash bins form LSH band keys
   */
  static Document of(SourceText source, Fingerprint fingerprint, LshBanding banding, long[] wordHashes, long[] lineKeys,
      long[] linesInSurroundings, List<StoredPicture> pictures, boolean vectorQuery) {
    Document doc = new Document();
    doc.add(new StringField(ID, source.id(), Field.Store.YES));
    doc.add(new StoredField(TEXT, source.text()));
    doc.add(new StoredField(ORIGIN, source.origin()));
    doc.add(new StoredField(META, ArticleMetadataJson.toJson(source.metadata())));
    if (source.metadata().title() != null) {
      doc.add(new TextField(TITLE, source.metadata().title(), Field.Store.NO));
    }
    addKeys(doc, BAND, KeyTerms.ofInts(banding.keys(fingerprint.minHash())), COUNTED_KEY);
    addKeys(doc, LINE, KeyTerms.ofInts(KeyTerms.keys(fingerprint.lineKeyCount(), fingerprint::lineKey)), COUNTED_KEY);
    addKeys(doc, ANCHOR, KeyTerms.ofInts(KeyTerms.keys(fingerprint.anchorCount(), fingerprint::anchor)), COUNTED_KEY);
    addKeys(doc, FACT, KeyTerms.ofInts(KeyTerms.keys(fingerprint.factCount(), fingerprint::fact)), COUNTED_KEY);
    if (wordHashes != null) {
      addKeys(doc, WORD, KeyTerms.ofLongs(Hashing.distinctSorted(wordHashes)), DISTINCT_KEY);
    }
    if (!VectorBuckets.hasNoWords(fingerprint.vector())) {
      doc.add(new KnnByteVectorField(VECTOR, fingerprint.vector(), VectorSimilarityFunction.COSINE));
      if (vectorQuery) {
        doc.add(new StringField(VECTOR_QUERY, "1", Field.Store.NO));
      }
    }
    addKeys(doc, LINE_IN_SURROUNDINGS, KeyTerms.ofLongPairs(lineKeys, linesInSurroundings), DISTINCT_KEY);
    PhotoFields.add(doc, pictures);
    return doc;
  }

  /** Adds {@code terms} as one field of {@code type}, or nothing when there are none. */
  static void addKeys(Document doc, String field, KeyTerms terms, FieldType type) {
    if (!terms.isEmpty()) {
      doc.add(new Field(field, terms, type));
    }
  }

  /** Keys are indexed as given ({@link KeyTerms}); "tokenized" only lets a field take a token stream. */
  private static FieldType keyType(IndexOptions options) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }
}
