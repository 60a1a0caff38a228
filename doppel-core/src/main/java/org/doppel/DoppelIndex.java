package org.doppel;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.doppel.document.WordTokenizer;
import org.doppel.fingerprint.DocumentVectorizer;
import org.doppel.fingerprint.FactExtractor;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.index.IndexSnapshot;
import org.doppel.index.IndexStats;
import org.doppel.index.LuceneIndex;
import org.doppel.index.VectorSearch;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;
import org.doppel.match.SemanticSimilarity;
import org.doppel.provenance.Provenance;
import org.doppel.relate.PhotoRelations;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.SharedPhoto;
import org.jspecify.annotations.Nullable;

/**
 * A standing index on disk that grows and shrinks document by document and answers "who shares
 * text with this document?" without a rescan. Candidates come from Lucene postings of the keys a
 * scan uses ({@link LuceneIndex}); verification, relation and provenance are the scan's own
 * ({@link PairVerifier}, {@link SnapshotAnswers#provenanceAnalyzer}), so a query of a document answers what
 * a scan of the index plus that document would say about it.
 *
 * <pre>{@code
 * try (DoppelIndex index = DoppelIndex.open(Path.of("news.idx"))) {
 *   index.add(List.of(SourceText.of("a", textA)));
 *   index.commit();
 *   List<RelatedPair> pairs = index.query(SourceText.of("new", text), 10).pairs();
 * }
 * }</pre>
 *
 * <p>Thread-safe: one writer and many readers. Adds and removes are visible to queries at once
 * (near-real-time) and durable after {@link #commit()}; a crash keeps the last commit, whole, and so does
 * {@link #close()}, which drops what was not committed.
 */
public final class DoppelIndex implements Closeable {
  private final Settings settings;
  private final LuceneIndex store;
  /** The adding side: documents analysed and put into the store. */
  private final IndexIntake intake;
  /** The query side: candidates found in a snapshot and answered as a scan would. */
  private final IndexQueries queries;
  /** Set by {@link #close}, so that a later call says so rather than Lucene's "this ReferenceManager is closed". */
  private volatile boolean closed;

  private DoppelIndex(Settings settings, @Nullable SemanticSimilarity model, Judges judges, LuceneIndex store) {
    this.settings = settings;
    this.store = store;
    Pipeline pipeline = Pipeline.of(settings);
    // Short texts carry their vocabulary vector, so that queries with vector search find them.
    Fingerprinter indexFingerprinter = new Fingerprinter(settings.fingerprint(), true, VectorSearch.SHORT_TEXTS.maxWords());
    // Lines are indexed whatever the report floor says, so one index serves every floor.
    StockLines lines = new StockLines(settings.fingerprint().minLineWords(), Math.max(1, settings.reportFloor().stockSurroundings()));
    IndexParts parts = new IndexParts(store, pipeline.analyzer(), indexFingerprinter, lines, new IndexPhotos());
    this.intake = new IndexIntake(parts, settings.threads());
    this.queries = new IndexQueries(parts, settings, pipeline, model, judges);
  }

  /** Opens (or creates) the index in {@code path} for reading and writing, with default settings and no model. */
  public static DoppelIndex open(Path path) throws IOException {
    return Doppel.builder().openIndex(path);
  }

  static DoppelIndex open(Path path, Settings settings, @Nullable SemanticSimilarity model, Judges judges, boolean writable) throws IOException {
    VectorSearch vectors = settings.rewrites().vectorSearch();
    VectorSearch kept = VectorSearch.SHORT_TEXTS;
    if (vectors.isOn() && (vectors.maxWords() != kept.maxWords() || vectors.maxQueryWords() != kept.maxQueryWords())) {
      throw new IllegalArgumentException("a standing index keeps the vectors of texts of at most " + kept.maxWords()
          + " words and marks those of at most " + kept.maxQueryWords() + " as queries, so its vector search must search those"
          + " (VectorSearch.SHORT_TEXTS), not texts of up to " + vectors.maxWords() + " and " + vectors.maxQueryWords());
    }
    LuceneIndex.KeyRules rules = new LuceneIndex.KeyRules(settings.banding(), settings.maxPostings(), settings.minSharedAnchors(),
        settings.rewrites().minSharedFacts());
    // "stock lines": the index keeps each line in its surroundings (older indexes did not, and would
    // count no line as stock), and the vectors of short texts; the photo fields as PhotoFields lays them out.
    // "vectors of texts up to N words, queries up to M": an index made under other limits lacks (or has extra)
    // vectors or query marks, and would answer otherwise than a scan, so it is refused and must be rebuilt
    // (an index built before the asymmetric search, "vectors of texts up to 300 words", included); and what its vectors
    // weight (DocumentVectorizer.LAYOUT: an index made before caseless names counted is refused too), and what a
    // caseless text's fact keys hold (FactExtractor.KEYS_LAYOUT: its names by the model vocabulary), and how words are
    // folded (WordTokenizer.LAYOUT: an index made before Turkish i and Greek accents were folded is refused), and
    // whether its stock rows hold a text's edge blocks (StockLines.LAYOUT: one made before them would count no site
    // header as stock, silently, so it is refused too: it cannot be told from one made after them by its rows).
    String layout = settings.fingerprint() + " " + settings.banding() + " stock lines " + LuceneIndex.PHOTO_LAYOUT
        + " vectors of texts up to " + kept.maxWords() + " words, queries up to " + kept.maxQueryWords() + ", "
        + DocumentVectorizer.LAYOUT + ", " + FactExtractor.KEYS_LAYOUT + ", " + WordTokenizer.LAYOUT + ", " + StockLines.LAYOUT;
    LuceneIndex store = writable ? LuceneIndex.openWritable(path, layout, rules) : LuceneIndex.openReadOnly(path, layout, rules);
    return new DoppelIndex(settings, model, judges, store);
  }

  /** The settings the index was opened with, the ones its layout was checked against. */
  public Settings settings() {
    return settings;
  }

  /**
   * Adds the documents, replacing any with the same id, analysing them on {@link Settings#threads()}
   * threads. Visible to queries on return; durable after {@link #commit()}. Where the list holds an id more
   * than once, the last document with it is kept, as if they were added one by one.
   */
  public void add(List<SourceText> documents) throws IOException {
    add(documents, null, problem -> { });
  }

  /**
   * As {@link #add(List)}, with each document's pictures: the figures of a saved page or crawl, read
   * from the files its origin names ({@link PagePictures}), hashed and stored with it; a picture that
   * cannot be read goes to {@code problems}. {@link #add(List)} reads no file, for documents whose
   * origin is not to be trusted (a server's requests).
   */
  public void add(List<SourceText> documents, Consumer<IngestProblem> problems) throws IOException {
    add(documents, new PagePictures(problems), problems);
  }

  private void add(List<SourceText> documents, @Nullable PagePictures pages, Consumer<IngestProblem> problems)
      throws IOException {
    checkOpen();
    documents.forEach(source -> checkId(source.id())); // all or none: a bad id found mid-batch left half of it added
    intake.add(documents, pages, problems);
  }

  /**
   * Refuses, with {@link IllegalArgumentException}, an id too long for the index ({@link LuceneIndex#MAX_ID_BYTES}
   * bytes of UTF-8); {@link #add} refuses a list holding one before adding any of it.
   */
  public static void checkId(String id) {
    LuceneIndex.checkId(id);
  }

  /** Removes the document with this id; false when there was none. */
  public boolean remove(String id) throws IOException {
    checkOpen();
    boolean present;
    try (IndexSnapshot snapshot = store.snapshot()) {
      present = snapshot.numberOf(id) >= 0;
    }
    store.remove(id);
    return present;
  }

  /** Makes every add and remove so far durable, in one atomic commit. */
  public void commit() throws IOException {
    commit(Map.of());
  }

  /** Commits, recording {@code userData} (e.g. how far an import got) with the commit. */
  public void commit(Map<String, String> userData) throws IOException {
    checkOpen();
    store.commit(userData);
  }

  /**
   * Merges the index down to at most {@code maxSegments} segments and commits every change so far:
   * after a bulk add, fewer segments mean fewer term seeks a query (see {@link LuceneIndex#forceMerge}).
   */
  public void merge(int maxSegments) throws IOException {
    checkOpen();
    store.forceMerge(maxSegments);
  }

  /** What the last commit recorded with {@link #commit(Map)}. */
  public Map<String, String> lastCommitData() throws IOException {
    checkOpen();
    return store.lastCommitData();
  }

  /** Its documents, bytes on disk, segments and last commit, as {@code doppel index stats} prints them. */
  public IndexStats stats() throws IOException {
    checkOpen();
    return store.stats();
  }

  /**
   * The bytes the indexed texts alone take on disk, compressed as the index compresses them (see
   * {@link LuceneIndex#compressedTextBytes}); {@link #stats()} less this is the index beyond the text.
   * Reads and stores every text again in a scratch folder under {@code scratchParent}.
   */
  public long compressedTextBytes(Path scratchParent) throws IOException {
    checkOpen();
    return store.compressedTextBytes(scratchParent);
  }

  /** The indexed document with this id. */
  public Optional<SourceText> get(String id) throws IOException {
    checkOpen();
    try (IndexSnapshot snapshot = store.snapshot()) {
      int number = snapshot.numberOf(id);
      return number < 0 ? Optional.empty() : Optional.of(snapshot.document(number));
    }
  }

  /** Every indexed id (reads the whole index: for tests and small listings). */
  public List<String> ids() throws IOException {
    checkOpen();
    try (IndexSnapshot snapshot = store.snapshot()) {
      return List.copyOf(snapshot.ids());
    }
  }

  /** Indexed documents whose id starts with {@code text} or whose title has its words, best first. */
  public List<SourceText> search(String text, int limit) throws IOException {
    checkOpen();
    try (IndexSnapshot snapshot = store.snapshot()) {
      return snapshot.search(text, limit).stream().map(snapshot::document).toList();
    }
  }

  /**
   * The indexed documents related to {@code source}, which is not added: each pair with its
   * direction, ranked by score, at most {@code top}. An indexed document with the same id is left
   * out (a document is not its own copy).
   */
  public QueryResult query(SourceText source, int top) throws IOException {
    checkOpen();
    checkTop(top);
    return queries.query(source, top, List.of(), problem -> { });
  }

  /**
   * As {@link #query(SourceText, int)}, with the photos the document shares: its pictures (the figures
   * of a saved page or crawl, read from the files its origin names) are matched with the indexed ones,
   * as a scan would match them, and one that cannot be read goes to {@code problems}.
   * {@link #query(SourceText, int)} reads no file and finds no photos of the query's own.
   */
  public QueryResult query(SourceText source, int top, Consumer<IngestProblem> problems) throws IOException {
    checkOpen();
    checkTop(top);
    return queries.query(source, top, queries.pictures(source, problems), problems);
  }

  /** The pairs of the indexed document {@code id}: whom it copied and who copied it; empty when absent. */
  public Optional<QueryResult> copies(String id, int top) throws IOException {
    checkOpen();
    checkTop(top);
    return queries.copies(id, top);
  }

  /** Whether this index was opened for queries only ({@link Doppel.Builder#openIndexReadOnly}): adding or removing throws. */
  public boolean readOnly() {
    return store.readOnly();
  }

  /**
   * Closes the index. What was added or removed since the last {@link #commit()} is dropped, as a crash
   * would drop it: commit first to keep it. Closing again does nothing; any other call after closing throws
   * {@link IllegalStateException}.
   */
  @Override
  public void close() throws IOException {
    closed = true;
    store.close();
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the index in " + store.path() + " is closed: open it again (DoppelIndex.open or "
          + "Doppel.builder().openIndex) to use it");
    }
  }

  /** Refuses a negative {@code top}, which failed deep in the ranking with "fromIndex(0) > toIndex(-1)". */
  private static void checkTop(int top) {
    if (top < 0) {
      throw new IllegalArgumentException("top is the most pairs to return, at least 0; got " + top);
    }
  }

  /**
   * The answer to one query.
   *
   * @param query the document asked about
   * @param pairs its related pairs, best score first, equal scores earliest published first (undated last); each pair's ids are ordered as everywhere
   *     ({@code a} before {@code b}), so the query may be either side
   * @param provenance the pairs' directions, for the reports
   * @param documents the query and every document of its pairs, by id
   * @param photos the photos the query shares with other documents, by document pair ({@link PhotoRelations#key})
   */
  public record QueryResult(SourceText query, List<RelatedPair> pairs, Provenance provenance, Map<String, SourceText> documents,
                            Map<String, List<SharedPhoto>> photos) {
    /** The photos the two documents of a pair share, sides in document id order; empty when none. */
    public List<SharedPhoto> photosOf(RelatedPair pair) {
      return photos.getOrDefault(PhotoRelations.key(pair.a(), pair.b()), List.of());
    }

    /** The other document of a pair of this result. */
    public SourceText other(RelatedPair pair) {
      String other = pair.a().equals(query.id()) ? pair.b() : pair.a();
      return Objects.requireNonNull(documents.get(other), () -> "a pair of this result names " + other + ", which it does not hold");
    }
  }
}
