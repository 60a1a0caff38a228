package org.doppel.index;

import static org.doppel.index.IndexFields.*;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntToLongFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.index.photo.PhotoPostings;
import org.doppel.index.photo.StoredPicture;
import org.doppel.ingest.ArticleMetadataJson;
import org.doppel.ingest.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * The index as of one moment. Document numbers are Lucene's document ids in this snapshot and
 * mean nothing in another. Thread-safe; close it to release the reader.
 */
public final class IndexSnapshot implements CandidateLookup, Closeable {
  /** The most word frequencies kept per reader (about 80 bytes each): the common words, which most queries ask about, come first. */
  static final int MAX_CACHED_WORDS = 200_000;
  /** How many times its own neighbours a query looks at for documents that would count it among theirs. */
  static final int REVERSE_REACH = 4;

  private final SearcherManager searchers;
  private final IndexSearcher searcher;
  private final LuceneIndex.KeyRules rules;
  /** The word field's terms iterator of each segment, made at the first {@link #documentFrequency}; guarded by this. */
  private TermsEnum @Nullable [] words;
  private @Nullable PostingsEnum wordPostings;

  /** This reader's word frequencies looked up so far, shared by the snapshots of the reader ({@link #documentFrequency}). */
  private final Map<Long, Integer> frequencies;

  /**
   * @param searchers where {@code searcher} was acquired, to release it on close
   * @param wordFrequencies the index's word frequencies per reader ({@link #documentFrequency}), shared by every
   *     snapshot of one reader
   */
  IndexSnapshot(SearcherManager searchers, IndexSearcher searcher, LuceneIndex.KeyRules rules,
      Map<Object, Map<Long, Integer>> wordFrequencies) {
    this.searchers = searchers;
    this.searcher = searcher;
    this.rules = rules;
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    this.frequencies = helper == null ? new ConcurrentHashMap<>()
        : wordFrequencies.computeIfAbsent(helper.getKey(), key -> {
          helper.addClosedListener(wordFrequencies::remove);
          return new ConcurrentHashMap<>();
        });
  }

  IndexReader reader() {
    return searcher.getIndexReader();
  }

  /** Live documents. */
  public int size() {
    return reader().numDocs();
  }

  /** The number of the document with this id, or -1. */
  public int numberOf(String id) {
    try {
      ScoreDoc[] hits = searcher.search(new TermQuery(new Term(ID, id)), 1).scoreDocs;
      return hits.length == 0 ? -1 : hits[0].doc;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored document: id, text, origin and metadata. */
  public SourceText document(int number) {
    try {
      Document doc = searcher.storedFields().document(number, SOURCE_FIELDS);
      return new SourceText(doc.get(ID), doc.get(TEXT), doc.get(ORIGIN), ArticleMetadataJson.fromJson(doc.get(META)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pictures stored with a document, in page order. */
  public List<StoredPicture> pictures(int number) {
    try {
      return PhotoFields.read(searcher.storedFields().document(number, PhotoFields.storedFields()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The live documents with a picture that {@code PhotoMatcher} would compare with a picture asking {@code asked}. */
  public List<Integer> photoCandidates(PhotoPostings asked) {
    try {
      return PhotoFields.candidates(reader(), asked);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every live id, in index order (for tests and listings; reads each stored document). */
  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    try {
      for (LeafReaderContext leaf : reader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        var stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            ids.add(stored.document(doc, Set.of(ID)).get(ID));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  /**
   * Up to {@code limit} document numbers whose id starts with {@code text} or whose title has its
   * words, best first; every document (index order) when {@code text} is blank.
   */
  public List<Integer> search(String text, int limit) {
    String trimmed = text == null ? "" : text.strip();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (trimmed.isEmpty()) {
      query.add(new MatchAllDocsQuery(), BooleanClause.Occur.SHOULD);
    } else {
      query.add(new BoostQuery(new TermQuery(new Term(ID, trimmed)), 10), BooleanClause.Occur.SHOULD);
      query.add(new BoostQuery(new PrefixQuery(new Term(ID, trimmed)), 3), BooleanClause.Occur.SHOULD);
      for (String word : trimmed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!word.isEmpty()) {
          query.add(new TermQuery(new Term(TITLE, word)), BooleanClause.Occur.SHOULD);
        }
      }
    }
    try {
      List<Integer> out = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
        out.add(hit.doc);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The scan's candidate rule over Lucene postings ({@link SnapshotCandidates}). For a document that is not indexed
   * ({@code self < 0}) a key's count includes the query itself, as it would had the document been
   * scanned with the others, so a query and a scan cut the same stock keys.
   */
  @Override
  public List<Candidate> candidates(Fingerprint fingerprint, int self, IntToLongFunction minute, long selfMinute) {
    return new SnapshotCandidates(reader(), rules).find(fingerprint, self, self >= 0, minute, selfMinute);
  }

  /**
   * As {@link #candidates} for a text that is not indexed (its keys counted with the postings), where the indexed
   * document {@code replaced} (one with the text's id; negative: none) is left out as if removed: a document is not
   * its own copy. Left out only after the search, it took one of the places a band key over the cap links and one of
   * the vector search's nearest, and the question got one neighbour fewer than {@code copies} of the same document.
   */
  public List<Candidate> candidatesReplacing(Fingerprint fingerprint, int replaced, IntToLongFunction minute, long selfMinute) {
    return new SnapshotCandidates(reader(), rules).find(fingerprint, replaced, false, minute, selfMinute);
  }

  /**
   * A document's place in publication order ({@link HotBands#minute}), read from its stored metadata alone: the
   * order in which a band key in more than {@code maxPostings} documents links them.
   */
  public long minute(int number) {
    try {
      return HotBands.minute(ArticleMetadataJson.fromJson(searcher.storedFields().document(number, Set.of(META)).get(META)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The documents a scan's vector search would pair with a document of this vector, had it been
   * scanned with the snapshot's: its {@code search.neighbours()} nearest, and the documents that
   * would have it among theirs (each of its nearest {@link #REVERSE_REACH} times as many is
   * checked against its own nearest). {@link CloseVectors#isClose} from {@code search.minCosine()}, as in the scan;
   * {@code self} (the document's number when it is indexed, else negative) is left out. Two documents
   * that are not queries ({@code query}: {@link VectorSearch#queries}) are never compared
   * ({@link VectorBuckets#compared}): one that is not searches only the queries.
   */
  public int[] vectorNeighbours(byte[] vector, boolean query, int self, VectorSearch search) {
    return new SnapshotVectors(searcher).neighbours(vector, query, self, search);
  }

  /** The vocabulary vector stored for document {@code number}, which has one (a {@link #vectorNeighbours} answer). */
  public byte[] storedVector(int number) {
    try {
      return new SnapshotVectors(searcher).storedVector(number);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * In how many distinct surroundings the live documents of this snapshot, and a document not
   * indexed holding {@code extraKeys} and {@code extraInSurroundings} (null for none), have the
   * line {@code lineKey}; counting stops at {@code atLeast}.
   */
  public int lineSurroundings(long lineKey, long @Nullable [] extraKeys, long @Nullable [] extraInSurroundings, int atLeast) {
    Set<Long> seen = new HashSet<>();
    if (extraKeys != null && extraInSurroundings != null) {
      for (int i = 0; i < extraKeys.length; i++) {
        if (extraKeys[i] == lineKey) {
          seen.add(extraInSurroundings[i]);
        }
      }
    }
    BytesRef prefix = KeyTerms.longTerm(lineKey);
    try {
      for (LeafReaderContext leaf : reader().leaves()) {
        Terms terms = leaf.reader().terms(LINE_IN_SURROUNDINGS);
        if (seen.size() >= atLeast || terms == null) {
          continue;
        }
        TermsEnum iterator = terms.iterator();
        Bits live = leaf.reader().getLiveDocs();
        if (iterator.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
          continue;
        }
        for (BytesRef term = iterator.term(); term != null && startsWith(term, prefix) && seen.size() < atLeast; term = iterator.next()) {
          if (live == null || hasLive(iterator, live)) {
            seen.add(KeyTerms.secondOfPair(term));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return seen.size();
  }

  private static boolean hasLive(TermsEnum iterator, Bits live) throws IOException {
    PostingsEnum docs = iterator.postings(null, PostingsEnum.NONE);
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live.get(doc)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(BytesRef term, BytesRef prefix) {
    return term.length >= prefix.length && Arrays.equals(term.bytes, term.offset, term.offset + prefix.length,
        prefix.bytes, prefix.offset, prefix.offset + prefix.length);
  }

  /**
   * In how many live documents of this snapshot the word with this hash occurs (deleted documents not counted).
   * Each word is looked up once per reader (shared by the snapshots of one reader, up to {@link #MAX_CACHED_WORDS});
   * one terms iterator per segment serves every lookup of the snapshot: setting one up per word was
   * a seventh of a served query's CPU.
   */
  public int documentFrequency(long wordHash) {
    Integer cached = frequencies.get(wordHash);
    if (cached != null) {
      return cached;
    }
    int n = lookUpDocumentFrequency(wordHash);
    if (frequencies.size() < MAX_CACHED_WORDS) {
      frequencies.put(wordHash, n);
    }
    return n;
  }

  private synchronized int lookUpDocumentFrequency(long wordHash) {
    try {
      if (words == null) {
        words = new TermsEnum[reader().leaves().size()];
        for (LeafReaderContext leaf : reader().leaves()) {
          Terms terms = leaf.reader().terms(WORD);
          words[leaf.ord] = terms == null ? null : terms.iterator();
        }
      }
      BytesRef term = KeyTerms.longTerm(wordHash);
      int n = 0;
      for (LeafReaderContext leaf : reader().leaves()) {
        TermsEnum iterator = words[leaf.ord];
        if (iterator != null && iterator.seekExact(term)) {
          n += liveDocFreq(iterator, leaf.reader().getLiveDocs());
        }
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int liveDocFreq(TermsEnum iterator, Bits live) throws IOException {
    if (live == null) {
      return iterator.docFreq();
    }
    int n = 0;
    wordPostings = iterator.postings(wordPostings, PostingsEnum.NONE);
    for (int doc = wordPostings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = wordPostings.nextDoc()) {
      if (live.get(doc)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    searchers.release(searcher);
  }
}
