package org.doppel.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.doppel.index.photo.PhotoIndex;
import org.doppel.index.photo.PhotoPostings;
import org.doppel.index.photo.StoredPicture;

/**
 * A document's pictures in the standing index: stored (URL and hashes, {@link StoredPicture}), and
 * their {@link PhotoPostings} as terms of three fields, so that a query finds the documents whose
 * pictures {@code PhotoMatcher} would compare with its own, as {@link PhotoIndex} finds them in a scan.
 */
final class PhotoFields {
  private static final String PICTURES = "pictures";
  private static final String KEPT = "photo";
  private static final String MIRRORED = "photo_mirrored";
  private static final String TURNED = "photo_turned";
  /** What the photo fields depend on, for the index's layout check. */
  static final String LAYOUT = "photos(pdq256 x6 kept, mirrored, turned; " + PhotoIndex.CHUNKS + " chunks, radius "
      + PhotoIndex.SEARCH_RADIUS + "/" + PhotoIndex.NEAR_RADIUS + ")";

  private PhotoFields() {}

  static void add(Document doc, List<StoredPicture> pictures) {
    if (pictures.isEmpty()) {
      return;
    }
    doc.add(new StoredField(PICTURES, StoredPicture.toBytes(pictures)));
    PhotoPostings posted = PhotoPostings.union(pictures.stream().map(p -> PhotoPostings.posted(p.hashes())).toList());
    addKeys(doc, KEPT, posted.kept());
    addKeys(doc, MIRRORED, posted.mirrored());
    addKeys(doc, TURNED, posted.turned());
  }

  private static void addKeys(Document doc, String field, int[] keys) {
    IndexedDocument.addKeys(doc, field, KeyTerms.ofInts(keys), IndexedDocument.DISTINCT_KEY);
  }

  /** The stored pictures of a document, in page order; none when it has no field. */
  static List<StoredPicture> read(Document stored) {
    BytesRef bytes = stored.getBinaryValue(PICTURES);
    return bytes == null ? List.of()
        : StoredPicture.fromBytes(Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
  }

  static Set<String> storedFields() {
    return Set.of(PICTURES);
  }

  /** The live documents posting a key that {@code asked} asks for, in document number order. */
  static List<Integer> candidates(IndexReader reader, PhotoPostings asked) throws IOException {
    TreeSet<Integer> found = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      collect(leaf, KEPT, asked.kept(), found);
      collect(leaf, MIRRORED, asked.mirrored(), found);
      collect(leaf, TURNED, asked.turned(), found);
    }
    return new ArrayList<>(found);
  }

  private static void collect(LeafReaderContext leaf, String field, int[] keys, TreeSet<Integer> found) throws IOException {
    Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return;
    }
    // keys are sorted, so each seek moves forward through the same term blocks
    TermsEnum iterator = terms.iterator();
    Bits live = leaf.reader().getLiveDocs();
    PostingsEnum docs = null;
    for (int key : keys) {
      if (!iterator.seekExact(KeyTerms.intTerm(key))) {
        continue;
      }
      docs = iterator.postings(docs, PostingsEnum.NONE);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          found.add(leaf.docBase + doc);
        }
      }
    }
  }

}
