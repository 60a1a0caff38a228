package org.doppel.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Approximate nearest neighbours of document vectors through Lucene's HNSW graph, held in memory
 * ({@link ByteBuffersDirectory}); a persistent index would keep the same field on disk. Vectors are
 * collected by {@link #add}; the graph is built once, when pairs are first asked for, because
 * building it in one go is much cheaper than growing it document by document.
 *
 * <p>Not thread-safe while adding; {@link #pairs} searches on all the threads it is given.
 */
final class HnswNeighbours {
  private static final String VECTOR = "v";
  private static final String NUMBER = "n";
  private final List<byte[]> vectors = new ArrayList<>();
  private final List<Integer> numbers = new ArrayList<>();
  private Graph graph;

  void add(int docNumber, byte[] vector) {
    if (vector.length == 0 || isZero(vector)) {
      return; // a document without content words has no neighbours
    }
    vectors.add(vector);
    numbers.add(docNumber);
  }

  long memoryBytes() {
    return vectors.isEmpty() ? 0 : (long) vectors.size() * (vectors.get(0).length + 16);
  }

  /**
   * Each document paired with up to {@code k} nearest others whose cosine is at least
   * {@code minCosine}, packed as in {@link CandidatePairs}, sorted and distinct.
   */
  long[] pairs(int k, double minCosine) {
    Graph graph = graph();
    if (graph == null) {
      return new long[0];
    }
    long[] found = IntStream.range(0, vectors.size()).parallel()
        .mapToObj(i -> {
          int self = numbers.get(i);
          return Arrays.stream(graph.nearest(self, vectors.get(i), k, minCosine))
              .mapToLong(other -> CandidatePairs.pack(Math.min(self, other), Math.max(self, other))).toArray();
        })
        .flatMapToLong(Arrays::stream)
        .toArray();
    Arrays.parallelSort(found);
    return Arrays.stream(found).distinct().toArray();
  }

  /** Up to {@code k} documents nearest to {@code vector} with cosine at least {@code minCosine}, {@code self} left out. */
  int[] nearest(int self, byte[] vector, int k, double minCosine) {
    Graph graph = graph();
    return graph == null || vector.length == 0 ? new int[0] : graph.nearest(self, vector, k, minCosine);
  }

  private synchronized Graph graph() {
    if (vectors.size() < 2) {
      return null;
    }
    if (graph == null || graph.size != vectors.size()) {
      graph = Graph.build(vectors, numbers);
    }
    return graph;
  }

  /** The HNSW graph of the vectors added so far, searchable by many threads. */
  private record Graph(IndexSearcher searcher, int[] numberOf, int size) {
    static Graph build(List<byte[]> vectors, List<Integer> numbers) {
      try {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(1024).setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
          for (int i = 0; i < vectors.size(); i++) {
            Document document = new Document();
            document.add(new KnnByteVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.COSINE));
            document.add(new NumericDocValuesField(NUMBER, numbers.get(i)));
            writer.addDocument(document);
          }
          writer.commit();
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        return new Graph(new IndexSearcher(reader), numbersByLuceneDoc(reader), vectors.size());
      } catch (IOException e) {
        throw new UncheckedIOException("in-memory vector index failed", e);
      }
    }

    int[] nearest(int self, byte[] vector, int k, double minCosine) {
      float minScore = (float) ((1 + minCosine) / 2); // Lucene's cosine score is (1 + cos) / 2
      try {
        TopDocs top = searcher.search(new KnnByteVectorQuery(VECTOR, vector, k + 1), k + 1);
        int[] out = new int[top.scoreDocs.length];
        int n = 0;
        for (ScoreDoc hit : top.scoreDocs) {
          int other = numberOf[hit.doc];
          if (other != self && hit.score >= minScore && n < k) {
            out[n++] = other;
          }
        }
        return Arrays.copyOf(out, n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static int[] numbersByLuceneDoc(DirectoryReader reader) throws IOException {
    int[] numberOf = new int[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(NUMBER);
      for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
        numberOf[leaf.docBase + doc] = (int) values.longValue();
      }
    }
    return numberOf;
  }

  static boolean isZero(byte[] vector) {
    for (byte b : vector) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }
}
