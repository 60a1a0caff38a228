package org.doppel.index;

import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/** The Lucene fields of a standing index's documents, which {@link LuceneIndex} writes and {@link IndexSnapshot} reads. */
final class IndexFields {
  static final String ID = "id";
  static final String TEXT = "text";
  static final String ORIGIN = "origin";
  static final String META = "meta";
  static final String TITLE = "title";
  static final String WORD = "word";
  static final String BAND = "band";
  static final String LINE = "line";
  static final String ANCHOR = "anchor";
  static final String FACT = "fact";
  /** Vocabulary vectors of short texts (HNSW graph): what the scan's {@link VectorSearch} searches. */
  static final String VECTOR = "vector";
  /** Marks the documents with a vector that are queries ({@link VectorSearch#queries}): two documents without it are never compared. */
  static final String VECTOR_QUERY = "vector_query";
  static final TermQuery IS_VECTOR_QUERY = new TermQuery(new Term(VECTOR_QUERY, "1"));
  /** Each line long enough to be stock, keyed with its surroundings (line key, then line-in-surroundings key): stock lines are counted from it. */
  static final String LINE_IN_SURROUNDINGS = "line_in_surroundings";
  /** The stored fields a document is read back from (an index written before them may hold more, e.g. a serialised fingerprint). */
  static final Set<String> SOURCE_FIELDS = Set.of(ID, TEXT, ORIGIN, META);

  private IndexFields() {}
}
