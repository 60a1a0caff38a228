package org.doppel.index;

import static org.doppel.index.IndexFields.IS_VECTOR_QUERY;
import static org.doppel.index.IndexFields.VECTOR;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.ScoreDoc;

/**
 * The scan's vector search over a snapshot's HNSW field of short texts' vocabulary vectors
 * ({@link IndexSnapshot#vectorNeighbours}): a document's nearest, and the documents that would count it among theirs.
 */
final class SnapshotVectors {
  private final IndexSearcher searcher;

  SnapshotVectors(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** As {@link IndexSnapshot#vectorNeighbours}. */
  int[] neighbours(byte[] vector, boolean query, int self, VectorSearch search) {
    if (!search.isOn() || VectorBuckets.hasNoWords(vector)) {
      return new int[0];
    }
    int k = search.neighbours();
    float minScore = (float) ((1 + search.minCosine()) / 2); // Lucene's cosine score is (1 + cos) / 2
    float lowestScore = (float) ((1 + CloseVectors.lowestCosine(search.minCosine())) / 2);
    try {
      List<Integer> out = new ArrayList<>();
      int own = 0;
      for (ScoreDoc hit : nearest(vector, query, k * IndexSnapshot.REVERSE_REACH + 1)) {
        if (hit.doc == self || hit.score < lowestScore
            || hit.score < minScore && !CloseVectors.isClose(vector, storedVector(hit.doc), 2.0 * hit.score - 1, search.minCosine())) {
          continue; // under the floor, or under it for two vectors of wide vocabulary (CloseVectors.isClose)
        }
        if (own < k) {
          out.add(hit.doc);
          own++;
        } else if (hasAmongNearest(hit.doc, hit.score, self, k, query)) {
          out.add(hit.doc);
        }
      }
      return out.stream().mapToInt(Integer::intValue).toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code k} nearest of a vector among the documents it is compared with. */
  private ScoreDoc[] nearest(byte[] vector, boolean query, int k) throws IOException {
    KnnByteVectorQuery nearest = query ? new KnnByteVectorQuery(VECTOR, vector, k) : new KnnByteVectorQuery(VECTOR, vector, k, IS_VECTOR_QUERY);
    return searcher.search(nearest, k).scoreDocs;
  }

  /**
   * Whether a document at {@code score} from {@code other} would be among its {@code k} nearest (the query and
   * itself aside); {@code query}: whether that document is a query (when it is not, {@code other} is one).
   */
  private boolean hasAmongNearest(int other, float score, int self, int k, boolean query) throws IOException {
    byte[] vector = storedVector(other);
    int closer = 0;
    for (ScoreDoc hit : nearest(vector, !query || isVectorQuery(other), k + 2)) {
      if (hit.doc != other && hit.doc != self && hit.score > score) {
        closer++;
      }
    }
    return closer < k;
  }

  /** Whether a document was indexed as a query of the vector search ({@code VECTOR_QUERY}). */
  private boolean isVectorQuery(int number) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(number, leaves));
    PostingsEnum marked = leaf.reader().postings(IS_VECTOR_QUERY.getTerm());
    return marked != null && marked.advance(number - leaf.docBase) == number - leaf.docBase;
  }

  /** The vocabulary vector a document was indexed with, as the HNSW field keeps it (raw bytes, not quantised). */
  byte[] storedVector(int number) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(number, leaves));
    ByteVectorValues values = leaf.reader().getByteVectorValues(VECTOR);
    int doc = number - leaf.docBase;
    if (values != null) {
      KnnVectorValues.DocIndexIterator iterator = values.iterator();
      if (iterator.advance(doc) == doc) {
        return values.vectorValue(iterator.index()).clone();
      }
    }
    throw new IllegalStateException("document " + number + " has no vector");
  }
}
