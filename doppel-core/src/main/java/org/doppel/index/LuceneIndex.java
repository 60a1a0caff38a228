package org.doppel.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.doppel.document.Hashing;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.index.photo.PhotoPostings;
import org.doppel.index.photo.StoredPicture;
import org.doppel.ingest.ArticleMetadataJson;
import org.doppel.ingest.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * A standing index on local disk: Lucene documents holding each text (stored fields, compressed)
 * and its metadata, and as indexed terms the same LSH band, line, anchor and fact keys the scan's
 * {@link InMemoryCandidateIndex} posts, plus each distinct word (document frequencies for
 * provenance survive a reopen because they are Lucene's own). The {@link Fingerprint} itself is not
 * stored: its keys are the terms, and whatever else a query needs of an indexed document is
 * recomputed from the stored text, which a query analyses anyway to verify it (a stored fingerprint
 * was ~750 incompressible bytes a document, more than a third of the index beyond the text).
 *
 * <p>One writer and many readers: writes go to Lucene's {@link IndexWriter} and become visible to
 * new {@link Snapshot}s after {@link #refresh} (near-real-time), durable after {@link #commit}.
 * A process killed at any moment leaves the last commit, whole: Lucene never exposes half a
 * commit. Read-only instances ({@link #openReadOnly}) take no write lock, so {@code query} runs
 * while a server holds the index.
 */
public final class LuceneIndex implements Closeable {
  private static final String ID = "id";
  private static final String TEXT = "text";
  private static final String ORIGIN = "origin";
  private static final String META = "meta";
  private static final String TITLE = "title";
  private static final String WORD = "word";
  private static final String BAND = "band";
  private static final String LINE = "line";
  private static final String ANCHOR = "anchor";
  private static final String FACT = "fact";
  /** Each line long enough to be stock, keyed with its surroundings (line key, then line-in-surroundings key): stock lines are counted from it. */
  /** Vocabulary vectors of short texts (HNSW graph): what the scan's {@link VectorSearch} searches. */
  private static final String VECTOR = "vector";
  /** Marks the documents with a vector that are queries ({@link VectorSearch#queries}): two documents without it are never compared. */
  private static final String VECTOR_QUERY = "vector_query";
  private static final TermQuery IS_VECTOR_QUERY = new TermQuery(new Term(VECTOR_QUERY, "1"));
  private static final String LINE_IN_SURROUNDINGS = "line_in_surroundings";
  /** Key fields keep term frequencies: a key a document posts twice counts twice, as in the scan's postings. */
  private static final FieldType KEY = keyType(IndexOptions.DOCS_AND_FREQS);
  private static final FieldType DISTINCT_WORD = keyType(IndexOptions.DOCS);
  static final String LAYOUT = "doppel.layout";
  /** What the stored pictures and their keys depend on: part of the layout an index is checked against on open. */
  public static final String PHOTO_LAYOUT = PhotoFields.LAYOUT;
  static final String COMMITTED_AT = "doppel.committed_at";

  private final Path path;
  private final Directory directory;
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final KeyRules rules;
  /** Puts and removes so far, and how many of them the current reader holds. */
  private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
  private volatile long refreshed;

  /** The most word frequencies kept per reader (about 80 bytes each): the common words, which most queries ask about, come first. */
  static final int MAX_CACHED_WORDS = 200_000;
  /**
   * Word document frequencies already looked up, per reader, shared by every snapshot of that
   * reader and dropped when it closes: a count is the reader's, so it holds as long as the reader.
   * At 1,000,000 documents in 39 segments, looking each word up in every segment again for every
   * query was a third of {@code serve}'s CPU (docs/benchmarks.md).
   */
  private final Map<Object, Map<Long, Integer>> wordFrequencies = new java.util.concurrent.ConcurrentHashMap<>();

  /** How many times its own neighbours a query looks at for documents that would count it among theirs. */
  static final int REVERSE_REACH = 4;

  /**
   * What makes a candidate: the scan's rules.
   *
   * @param banding how MinHash bins form LSH band keys
   * @param maxPostings keys posted under more documents than this are stock phrases, ignored
   * @param minSharedAnchors anchors and lines a candidate needs when it shares no band or line
   * @param minSharedFacts facts a candidate needs when nothing else links it
   */
  public record KeyRules(LshBanding banding, int maxPostings, int minSharedAnchors, int minSharedFacts) {}

  private LuceneIndex(Path path, Directory directory, @Nullable IndexWriter writer, SearcherManager searchers, KeyRules rules) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.rules = rules;
  }

  /**
   * Opens the index in {@code path} for writing, creating it when absent.
   *
   * @param layout what the stored fingerprints depend on (fingerprint settings, banding); an index
   *     made under another layout is refused, since its keys would never match
   */
  public static LuceneIndex openWritable(Path path, String layout, KeyRules rules) throws IOException {
    Directory directory = FSDirectory.open(path);
    try {
      checkLayout(directory, path, layout);
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false)
          .setRAMBufferSizeMB(256)
          // Plain segment files rather than compound ones: fewer copies while merging, and each
          // part's size (stored text against postings) shows on disk.
          .setUseCompoundFile(false);
      config.getMergePolicy().setNoCFSRatio(0.0);
      IndexWriter writer = new IndexWriter(directory, config);
      writer.setLiveCommitData(Map.of(LAYOUT, layout).entrySet());
      if (!DirectoryReader.indexExists(directory)) {
        writer.setLiveCommitData(Map.of(LAYOUT, layout, COMMITTED_AT, Instant.now().toString()).entrySet());
        writer.commit();
      }
      return new LuceneIndex(path, directory, writer, new SearcherManager(writer, null), rules);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Opens an existing index for reading only; it takes no lock, so a writer may hold the index. */
  public static LuceneIndex openReadOnly(Path path, String layout, KeyRules rules) throws IOException {
    // FSDirectory.open creates a missing folder, which a reader must never leave behind.
    if (!java.nio.file.Files.isDirectory(path)) {
      throw new IllegalArgumentException("no Doppel index in " + path + ": " + (java.nio.file.Files.exists(path) ? "not a folder" : "no such folder"));
    }
    Directory directory = FSDirectory.open(path);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IllegalArgumentException("no Doppel index in " + path);
      }
      checkLayout(directory, path, layout);
      return new LuceneIndex(path, directory, null, new SearcherManager(directory, null), rules);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private static void checkLayout(Directory directory, Path path, String layout) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    String found = SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT);
    if (found == null) {
      throw new IllegalArgumentException(path + " is a Lucene index but not a Doppel index");
    }
    if (!found.equals(layout)) {
      throw new IllegalArgumentException(path + " was built with other fingerprint settings or by another version of Doppel (" + found + "), not "
          + layout + ": rebuild it with doppel index add");
    }
  }

  /**
   * Adds {@code source}, or replaces the document with its id. Visible to the next {@link #snapshot}, durable after {@link #commit}.
   *
   * @param wordHashes the document's word hashes (repeats allowed), or null
   * @param lineKeys the keys of its lines that may be stock
   * @param linesInSurroundings for each of {@code lineKeys}, the line keyed with its surroundings
   * @param pictures the document's pictures ({@link PhotoFields}), empty when it has none
   * @param vectorQuery whether the document, when it has a vector, is a query ({@link VectorSearch#queries})
   */
  public void put(SourceText source, Fingerprint fingerprint, long[] wordHashes, long[] lineKeys, long[] linesInSurroundings,
      List<StoredPicture> pictures, boolean vectorQuery) throws IOException {
    IndexWriter writer = writable();
    Document doc = new Document();
    doc.add(new StringField(ID, source.id(), Field.Store.YES));
    doc.add(new StoredField(TEXT, source.text()));
    doc.add(new StoredField(ORIGIN, source.origin()));
    doc.add(new StoredField(META, ArticleMetadataJson.toJson(source.metadata())));
    if (source.metadata().title() != null) {
      doc.add(new TextField(TITLE, source.metadata().title(), Field.Store.NO));
    }
    addKeys(doc, BAND, KeyTerms.ofInts(rules.banding().keys(fingerprint.minHash())), KEY);
    addKeys(doc, LINE, KeyTerms.ofInts(keys(fingerprint.lineKeyCount(), fingerprint::lineKey)), KEY);
    addKeys(doc, ANCHOR, KeyTerms.ofInts(keys(fingerprint.anchorCount(), fingerprint::anchor)), KEY);
    addKeys(doc, FACT, KeyTerms.ofInts(keys(fingerprint.factCount(), fingerprint::fact)), KEY);
    if (wordHashes != null) {
      addKeys(doc, WORD, KeyTerms.ofLongs(Hashing.distinctSorted(wordHashes)), DISTINCT_WORD);
    }
    if (!VectorBuckets.hasNoWords(fingerprint.vector())) {
      doc.add(new KnnByteVectorField(VECTOR, fingerprint.vector(), VectorSimilarityFunction.COSINE));
      if (vectorQuery) {
        doc.add(new StringField(VECTOR_QUERY, "1", Field.Store.NO));
      }
    }
    addKeys(doc, LINE_IN_SURROUNDINGS, KeyTerms.ofLongPairs(lineKeys, linesInSurroundings), DISTINCT_WORD);
    PhotoFields.add(doc, pictures);
    writer.updateDocument(new Term(ID, source.id()), doc);
    changes.incrementAndGet();
  }

  private static void addKeys(Document doc, String field, KeyTerms terms, FieldType type) {
    if (!terms.isEmpty()) {
      doc.add(new Field(field, terms, type));
    }
  }

  /** Removes the document with this id, if any. */
  public void remove(String id) throws IOException {
    IndexWriter writer = writable();
    writer.deleteDocuments(new Term(ID, id));
    changes.incrementAndGet();
  }

  /** Makes every change so far durable, atomically, with {@code userData} recorded in the commit. */
  public void commit(Map<String, String> userData) throws IOException {
    IndexWriter writer = writable();
    Map<String, String> data = new LinkedHashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    data.putAll(userData);
    data.put(COMMITTED_AT, Instant.now().toString());
    writer.setLiveCommitData(data.entrySet());
    flushInParallel();
    writer.commit();
  }

  /**
   * Merges the index down to at most {@code maxSegments} segments and commits (with the last
   * commit's data): a query seeks each of its keys in every segment, so at 1,000,000 documents in
   * 39 segments two thirds of a query's CPU was term seeks; in 4 it took a fifth of the time
   * (docs/benchmarks.md). Rewrites the whole index: about a minute of CPU at 1,000,000 documents.
   */
  public void forceMerge(int maxSegments) throws IOException {
    IndexWriter writer = writable();
    if (maxSegments < 1) {
      throw new IllegalArgumentException("maxSegments must be >= 1, got " + maxSegments);
    }
    writer.forceMerge(maxSegments);
    commit(Map.of());
    changes.incrementAndGet(); // the next snapshot opens the merged segments
  }

  /**
   * Writes the indexing threads' buffers as segments on one thread per core at once: a commit alone
   * writes them one after another on its own thread, and with a large RAM buffer that was a fifth
   * of a bulk add's CPU on one core while the other waited.
   */
  private void flushInParallel() throws IOException {
    IndexWriter writer = writable();
    int threads = Runtime.getRuntime().availableProcessors();
    if (threads < 2) {
      return;
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<?>> flushes = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        flushes.add(pool.submit(() -> {
          while (writer.flushNextBuffer()) {
            // each call writes one buffer; another thread writes the next
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> flush : flushes) {
        flush.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while flushing");
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Makes the changes so far visible to new snapshots (near-real-time, not yet durable). A snapshot
   * does this itself when changes wait, so a bulk add that nobody reads meanwhile never pays for a
   * reader (each refresh flushes a small segment that merges must then rewrite).
   */
  public void refresh() throws IOException {
    if (writer == null) {
      return;
    }
    long seen = changes.get();
    if (seen == refreshed) {
      return;
    }
    synchronized (changes) {
      if (seen > refreshed) {
        searchers.maybeRefreshBlocking();
        // Every change counted before the refresh began is in the new reader.
        refreshed = Math.max(refreshed, seen);
      }
    }
  }

  /** The user data of the last commit on disk. */
  public Map<String, String> lastCommitData() throws IOException {
    return SegmentInfos.readLatestCommit(directory).getUserData();
  }

  /** Documents, bytes on disk (in all and by part), segments and the time of the last commit. */
  public IndexStats stats() throws IOException {
    try (Snapshot snapshot = snapshot()) {
      return new IndexStats(snapshot.size(), DiskBytes.of(directory), snapshot.reader().leaves().size(), lastCommitData().get(COMMITTED_AT));
    }
  }

  /**
   * What the live documents' texts alone take on disk, compressed as this index compresses them:
   * every text is read back and stored again, and nothing else, in a scratch index under
   * {@code scratchParent} with the same codec (Lucene's default stored fields, LZ4 in chunks),
   * whose stored-field files are then measured and deleted. The index's size beyond the compressed
   * text is its total less this. Reads every stored document: about 25 s of wall per 100,000 documents (250 s at 1,000,000, load 7–9).
   */
  public long compressedTextBytes(Path scratchParent) throws IOException {
    Path scratch = java.nio.file.Files.createTempDirectory(scratchParent, "doppel-text-only");
    try {
      try (Directory textOnly = FSDirectory.open(scratch);
           IndexWriter out = new IndexWriter(textOnly, new IndexWriterConfig().setRAMBufferSizeMB(256).setUseCompoundFile(false));
           Snapshot snapshot = snapshot()) {
        java.util.Set<String> text = java.util.Set.of(TEXT);
        for (LeafReaderContext leaf : snapshot.reader().leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          var stored = leaf.reader().storedFields();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
              Document only = new Document();
              only.add(new StoredField(TEXT, stored.document(doc, text).get(TEXT)));
              out.addDocument(only);
            }
          }
        }
        out.commit();
        return DiskBytes.of(textOnly).storedFields();
      }
    } finally {
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(scratch)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          java.nio.file.Files.delete(file);
        }
      }
      java.nio.file.Files.delete(scratch);
    }
  }

  /** A consistent view of the index holding every change made before the call; close it when done. */
  public Snapshot snapshot() throws IOException {
    refresh();
    return new Snapshot(searchers.acquire());
  }

  public Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) {
        // Uncommitted changes are dropped, as a crash would drop them: only commits count.
        writer.rollback();
      }
    } finally {
      directory.close();
    }
  }

  private IndexWriter writable() {
    IndexWriter open = writer;
    if (open == null) {
      throw new IllegalStateException("the index in " + path + " was opened read-only");
    }
    return open;
  }

  /** Numbers, bytes and times of an index, as {@code doppel index stats} prints them. */
  public record IndexStats(int documents, DiskBytes bytes, int segments, @Nullable String lastCommit) {
    public long bytesOnDisk() {
      return bytes.total();
    }
  }

  /**
   * An index's files by what they hold, from Lucene's file extensions.
   *
   * @param storedFields the stored fields (.fdt, .fdx, .fdm): compressed text, id, origin, metadata, pictures
   * @param terms the terms dictionaries (.tim, .tip, .tmd): every key, word and id
   * @param postings the postings lists (.doc, .pos, .pay, .psm) and norms (.nvd, .nvm)
   * @param vectors the short texts' vectors and their HNSW graph (.vec, .vex, .vem and the like)
   * @param other segment and field infos, live documents, commit points
   */
  public record DiskBytes(long storedFields, long terms, long postings, long vectors, long other) {
    public long total() {
      return storedFields + terms + postings + vectors + other;
    }

    static DiskBytes of(Directory directory) throws IOException {
      long[] parts = new long[5];
      for (String file : directory.listAll()) {
        long length;
        try {
          length = directory.fileLength(file);
        } catch (java.nio.file.NoSuchFileException e) {
          continue; // merged away while we were listing
        }
        String extension = file.substring(file.lastIndexOf('.') + 1);
        int part = switch (extension) {
          case "fdt", "fdx", "fdm" -> 0;
          case "tim", "tip", "tmd" -> 1;
          case "doc", "pos", "pay", "psm", "nvd", "nvm" -> 2;
          default -> extension.startsWith("ve") ? 3 : 4;
        };
        parts[part] += length;
      }
      return new DiskBytes(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }
  }

  /** The stored fields a document is read back from (an index written before them may hold more, e.g. a serialised fingerprint). */
  private static final java.util.Set<String> SOURCE_FIELDS = java.util.Set.of(ID, TEXT, ORIGIN, META);

  /**
   * The index as of one moment. Document numbers are Lucene's document ids in this snapshot and
   * mean nothing in another. Thread-safe; close it to release the reader.
   */
  public final class Snapshot implements CandidateLookup, Closeable {
    private final IndexSearcher searcher;
    /** The word field's terms iterator of each segment, made at the first {@link #documentFrequency}; guarded by this. */
    private TermsEnum @Nullable [] words;
    private @Nullable PostingsEnum wordPostings;

    /** This reader's word frequencies looked up so far ({@link #wordFrequencies}). */
    private final Map<Long, Integer> frequencies;

    private Snapshot(IndexSearcher searcher) {
      this.searcher = searcher;
      IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
      this.frequencies = helper == null ? new java.util.concurrent.ConcurrentHashMap<>()
          : wordFrequencies.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(wordFrequencies::remove);
            return new java.util.concurrent.ConcurrentHashMap<>();
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
              ids.add(stored.document(doc, java.util.Set.of(ID)).get(ID));
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
     * The scan's candidate rule over Lucene postings. For a document that is not indexed
     * ({@code self < 0}) a key's count includes the query itself, as it would had the document been
     * scanned with the others, so a query and a scan cut the same stock keys.
     */
    @Override
    public List<Candidate> candidates(Fingerprint fingerprint, int self) {
      try {
        Map<Integer, int[]> shared = new HashMap<>();
        count(BAND, rules.banding().keys(fingerprint.minHash()), 0, self, shared);
        count(LINE, keys(fingerprint.lineKeyCount(), fingerprint::lineKey), 1, self, shared);
        count(ANCHOR, keys(fingerprint.anchorCount(), fingerprint::anchor), 2, self, shared);
        count(FACT, keys(fingerprint.factCount(), fingerprint::fact), 3, self, shared);
        List<Candidate> out = new ArrayList<>();
        shared.forEach((doc, c) -> {
          if (c[0] > 0 || c[1] > 0 || c[2] >= rules.minSharedAnchors() || c[3] >= rules.minSharedFacts()) {
            out.add(new Candidate(doc, c[0], c[2] + c[1], c[3]));
          }
        });
        out.sort(java.util.Comparator.comparingInt(Candidate::docNumber));
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Adds to {@code shared[doc][slot]} how often each document posts the query's keys, skipping stock keys. */
    private void count(String field, int[] queryKeys, int slot, int self, Map<Integer, int[]> shared) throws IOException {
      int[] sorted = queryKeys.clone();
      Arrays.sort(sorted);
      List<long[]> postings = new ArrayList<>();
      // One terms iterator per segment for all keys of the field: the keys are sorted, so each
      // seek moves forward through the same term blocks.
      TermsEnum[] iterators = new TermsEnum[reader().leaves().size()];
      PostingsEnum[] reuse = new PostingsEnum[iterators.length];
      for (LeafReaderContext leaf : reader().leaves()) {
        Terms terms = leaf.reader().terms(field);
        iterators[leaf.ord] = terms == null ? null : terms.iterator();
      }
      for (int start = 0; start < sorted.length; ) {
        int end = start;
        while (end < sorted.length && sorted[end] == sorted[start]) {
          end++;
        }
        int multiplicity = end - start;
        // The scan counts the query's own postings of a key when it decides whether the key is stock.
        int limit = rules.maxPostings() - (self < 0 ? multiplicity : 0);
        postings.clear();
        if (livePostings(iterators, reuse, intTerm(sorted[start]), limit, postings)) {
          for (long[] posting : postings) {
            int doc = (int) posting[0];
            if (doc != self) {
              shared.computeIfAbsent(doc, d -> new int[4])[slot] += (int) posting[1] * multiplicity;
            }
          }
        }
        start = end;
      }
    }

    /** Collects (doc, freq) of the live postings of a term; false when they sum past {@code limit}. */
    private boolean livePostings(TermsEnum[] iterators, PostingsEnum[] reuse, BytesRef term, int limit, List<long[]> out) throws IOException {
      int total = 0;
      for (LeafReaderContext leaf : reader().leaves()) {
        TermsEnum iterator = iterators[leaf.ord];
        if (iterator == null || !iterator.seekExact(term)) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum docs = iterator.postings(reuse[leaf.ord], PostingsEnum.FREQS);
        reuse[leaf.ord] = docs;
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          total += docs.freq();
          if (total > limit) {
            return false;
          }
          out.add(new long[] {leaf.docBase + doc, docs.freq()});
        }
      }
      return true;
    }

    /**
     * The documents a scan's vector search would pair with a document of this vector, had it been
     * scanned with the snapshot's: its {@code search.neighbours()} nearest, and the documents that
     * would have it among theirs (each of its nearest {@link #REVERSE_REACH} times as many is
     * checked against its own nearest). {@link VectorBuckets#isClose} from {@code search.minCosine()}, as in the scan;
     * {@code self} (the document's number when it is indexed, else negative) is left out. Two documents
     * that are not queries ({@code query}: {@link VectorSearch#queries}) are never compared
     * ({@link VectorBuckets#compared}): one that is not searches only the queries.
     */
    public int[] vectorNeighbours(byte[] vector, boolean query, int self, VectorSearch search) {
      if (!search.isOn() || VectorBuckets.hasNoWords(vector)) {
        return new int[0];
      }
      int k = search.neighbours();
      float minScore = (float) ((1 + search.minCosine()) / 2); // Lucene's cosine score is (1 + cos) / 2
      float lowestScore = (float) ((1 + VectorBuckets.lowestCosine(search.minCosine())) / 2);
      try {
        List<Integer> out = new ArrayList<>();
        int own = 0;
        for (ScoreDoc hit : nearest(vector, query, k * REVERSE_REACH + 1)) {
          if (hit.doc == self || hit.score < lowestScore
              || hit.score < minScore && !VectorBuckets.isClose(vector, storedVector(hit.doc), 2.0 * hit.score - 1, search.minCosine())) {
            continue; // under the floor, or under it for two vectors of wide vocabulary (VectorBuckets.isClose)
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

    /** Whether a document was indexed as a query of the vector search ({@link #VECTOR_QUERY}). */
    private boolean isVectorQuery(int number) throws IOException {
      List<LeafReaderContext> leaves = reader().leaves();
      LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(number, leaves));
      PostingsEnum marked = leaf.reader().postings(IS_VECTOR_QUERY.getTerm());
      return marked != null && marked.advance(number - leaf.docBase) == number - leaf.docBase;
    }

    /** The vocabulary vector a document was indexed with, as the HNSW field keeps it (raw bytes, not quantised). */
    private byte[] storedVector(int number) throws IOException {
      List<LeafReaderContext> leaves = reader().leaves();
      LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(number, leaves));
      org.apache.lucene.index.ByteVectorValues values = leaf.reader().getByteVectorValues(VECTOR);
      int doc = number - leaf.docBase;
      if (values != null) {
        org.apache.lucene.index.KnnVectorValues.DocIndexIterator iterator = values.iterator();
        if (iterator.advance(doc) == doc) {
          return values.vectorValue(iterator.index()).clone();
        }
      }
      throw new IllegalStateException("document " + number + " has no vector");
    }

    /**
     * In how many distinct surroundings the live documents of this snapshot, and a document not
     * indexed holding {@code extraKeys} and {@code extraInSurroundings} (null for none), have the
     * line {@code lineKey}; counting stops at {@code atLeast}.
     */
    public int lineSurroundings(long lineKey, long @Nullable [] extraKeys, long @Nullable [] extraInSurroundings, int atLeast) {
      java.util.Set<Long> seen = new java.util.HashSet<>();
      if (extraKeys != null && extraInSurroundings != null) {
        for (int i = 0; i < extraKeys.length; i++) {
          if (extraKeys[i] == lineKey) {
            seen.add(extraInSurroundings[i]);
          }
        }
      }
      BytesRef prefix = longTerm(lineKey);
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
     * Each word is looked up once per reader ({@link #wordFrequencies}, up to {@link #MAX_CACHED_WORDS});
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
        BytesRef term = longTerm(wordHash);
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

  private static int[] keys(int count, java.util.function.IntUnaryOperator key) {
    int[] keys = new int[count];
    Arrays.setAll(keys, key::applyAsInt);
    return keys;
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

  private static BytesRef intTerm(int key) {
    return KeyTerms.intTerm(key);
  }

  private static BytesRef longTerm(long key) {
    return KeyTerms.longTerm(key);
  }
}
