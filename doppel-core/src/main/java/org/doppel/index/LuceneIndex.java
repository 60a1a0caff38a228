package org.doppel.index;

import static org.doppel.index.IndexFields.*;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.index.photo.StoredPicture;
import org.doppel.ingest.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * A standing index on local disk: Lucene documents ({@link IndexedDocument}) holding each text (stored fields,
 * compressed) and its metadata, and as indexed terms the same LSH band, line, anchor and fact keys the scan's
 * {@link InMemoryCandidateIndex} posts, plus each distinct word (document frequencies for
 * provenance survive a reopen because they are Lucene's own). The {@link Fingerprint} itself is not
 * stored: its keys are the terms, and whatever else a query needs of an indexed document is
 * recomputed from the stored text, which a query analyses anyway to verify it (a stored fingerprint
 * was ~750 incompressible bytes a document, more than a third of the index beyond the text).
 *
 * <p>One writer and many readers: writes go to Lucene's {@link IndexWriter} and become visible to
 * new {@link IndexSnapshot}s after {@link #refresh} (near-real-time), durable after {@link #commit}.
 * A process killed at any moment leaves the last commit, whole: Lucene never exposes half a
 * commit. Read-only instances ({@link #openReadOnly}) take no write lock, so {@code query} runs
 * while a server holds the index.
 */
public final class LuceneIndex implements Closeable {
  static final String LAYOUT = "doppel.layout";
  /** What the stored pictures and their keys depend on: part of the layout an index is checked against on open. */
  public static final String PHOTO_LAYOUT = PhotoFields.LAYOUT;
  static final String COMMITTED_AT = "doppel.committed_at";
  /** The longest id the index keeps, in UTF-8 bytes: an id is one Lucene term, and Lucene refuses longer terms. */
  public static final int MAX_ID_BYTES = IndexWriter.MAX_TERM_LENGTH;

  private final Path path;
  private final Directory directory;
  private final @Nullable IndexWriter writer;
  private volatile SearcherManager searchers;
  /** Whether {@link #searchers} read the last commit from the folder because the writer failed ({@link #readFromLastCommit}). */
  private boolean readingLastCommit;
  private final KeyRules rules;
  /** Puts and removes so far, and how many of them the current reader holds. */
  private final AtomicLong changes = new AtomicLong();
  private volatile long refreshed;

  /**
   * Word document frequencies already looked up, per reader, shared by every snapshot of that
   * reader and dropped when it closes: a count is the reader's, so it holds as long as the reader.
   * At 1,000,000 documents in 39 segments, looking each word up in every segment again for every
   * query was a third of {@code serve}'s CPU (docs/benchmarks.md).
   */
  private final Map<Object, Map<Long, Integer>> wordFrequencies = new ConcurrentHashMap<>();


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
   * Refuses an id the index cannot keep, naming its length. Lucene's own refusal came from inside a batch,
   * after the documents before it were added, as an exception that ended {@code index add}.
   */
  public static void checkId(String id) {
    int bytes = id.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_ID_BYTES) {
      throw new IllegalArgumentException("id of " + bytes + " bytes (UTF-8) is longer than the index keeps (" + MAX_ID_BYTES + " bytes)");
    }
  }

  /**
   * Opens the index in {@code path} for writing, creating it when absent.
   *
   * @param layout what the stored fingerprints depend on (fingerprint settings, banding); an index
   *     made under another layout is refused, since its keys would never match
   */
  public static LuceneIndex openWritable(Path path, String layout, KeyRules rules) throws IOException {
    IndexOpeningChecks.checkFolderForWriting(path);
    Directory directory = FSDirectory.open(path);
    try {
      IndexOpeningChecks.checkLayout(directory, path, layout);
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false)
          .setRAMBufferSizeMB(256)
          // Plain segment files rather than compound ones: fewer copies while merging, and each
          // part's size (stored text against postings) shows on disk.
          .setUseCompoundFile(false)
          .setMergeScheduler(new QuietMergeScheduler());
      config.getMergePolicy().setNoCFSRatio(0.0);
      IndexWriter writer;
      try {
        writer = IndexOpeningChecks.opening(path, () -> new IndexWriter(directory, config));
      } catch (LockObtainFailedException e) {
        throw IndexOpeningChecks.heldByAnotherWriter(path, e);
      }
      writer.setLiveCommitData(Map.of(LAYOUT, layout).entrySet());
      if (!DirectoryReader.indexExists(directory)) {
        writer.setLiveCommitData(Map.of(LAYOUT, layout, COMMITTED_AT, Instant.now().toString()).entrySet());
        writer.commit();
      }
      return new LuceneIndex(path, directory, writer, IndexOpeningChecks.opening(path, () -> new SearcherManager(writer, null)), rules);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Opens an existing index for reading only; it takes no lock, so a writer may hold the index. */
  public static LuceneIndex openReadOnly(Path path, String layout, KeyRules rules) throws IOException {
    IndexOpeningChecks.checkFolderForReading(path); // before FSDirectory.open, which creates a missing folder
    Directory directory = FSDirectory.open(path);
    try {
      IndexOpeningChecks.checkIndexExists(directory, path);
      IndexOpeningChecks.checkLayout(directory, path, layout);
      return new LuceneIndex(path, directory, null, IndexOpeningChecks.opening(path, () -> new SearcherManager(directory, null)), rules);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
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
    Document doc = IndexedDocument.of(source, fingerprint, rules.banding(), wordHashes, lineKeys, linesInSurroundings, pictures, vectorQuery);
    writing(writer, () -> writer.updateDocument(new Term(ID, source.id()), doc));
    changes.incrementAndGet();
  }

  /** Removes the document with this id, if any. */
  public void remove(String id) throws IOException {
    IndexWriter writer = writable();
    writing(writer, () -> writer.deleteDocuments(new Term(ID, id)));
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
    writing(writer, () -> {
      ParallelFlush.buffersOf(writable());
      writer.commit();
    });
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
    writing(writer, () -> writer.forceMerge(maxSegments));
    commit(Map.of());
    changes.incrementAndGet(); // the next snapshot opens the merged segments
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
    if (writer.getTragicException() != null) {
      readFromLastCommit(); // a writer that failed cannot refresh; its last commit does not change
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

  /**
   * After the writer failed (a full disk) and Lucene closed it, reads come from the last commit on disk: the
   * writer's own view can no longer refresh, and was as old as the last query before the failure (an index opened,
   * added to and then failing answered every query from its empty first view). Once only.
   */
  private void readFromLastCommit() throws IOException {
    synchronized (changes) {
      if (writer == null || readingLastCommit) {
        return;
      }
      SearcherManager failed = searchers;
      searchers = new SearcherManager(directory, null);
      readingLastCommit = true;
      failed.close(); // snapshots still open keep their reader until they close
    }
  }

  /** The user data of the last commit on disk. */
  public Map<String, String> lastCommitData() throws IOException {
    return SegmentInfos.readLatestCommit(directory).getUserData();
  }

  /** Documents, bytes on disk (in all and by part), segments and the time of the last commit. */
  public IndexStats stats() throws IOException {
    try (IndexSnapshot snapshot = snapshot()) {
      return new IndexStats(snapshot.size(), IndexFileSizes.of(directory), snapshot.reader().leaves().size(), lastCommitData().get(COMMITTED_AT));
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
    try (IndexSnapshot snapshot = snapshot()) {
      return TextOnlyIndex.storedBytes(snapshot, scratchParent);
    }
  }

  /** A consistent view of the index holding every change made before the call; close it when done. */
  public IndexSnapshot snapshot() throws IOException {
    refresh();
    while (true) {
      SearcherManager current = searchers; // released to the manager it came from, should readFromLastCommit swap them
      try {
        return new IndexSnapshot(current, current.acquire(), rules, wordFrequencies);
      } catch (AlreadyClosedException e) {
        if (current == searchers) {
          throw e;
        }
      }
    }
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

  /** Whether this index was opened for queries only ({@link #openReadOnly}): it adds, removes and commits nothing. */
  public boolean readOnly() {
    return writer == null;
  }

  private IndexWriter writable() throws IOException {
    IndexWriter open = writer;
    if (open == null) {
      throw new IllegalStateException("the index in " + path + " was opened read-only (openIndexReadOnly): open it with "
          + "openIndex to add, remove, commit or merge");
    }
    if (open.getTragicException() != null) {
      readFromLastCommit();
      throw new IndexWriteException(path, open.getTragicException(), true);
    }
    return open;
  }

  private interface Write {
    void run() throws IOException;
  }

  /**
   * Runs one change to the index, its failure to write (a full disk, a folder that refuses files) said as an
   * {@link IndexWriteException} naming the index and the reason. Lucene closes a writer that failed so; the
   * threads adding beside the one that failed then meet "this IndexWriter is closed", which is the same failure.
   */
  private void writing(IndexWriter open, Write write) throws IOException {
    try {
      write.run();
    } catch (IndexWriteException e) {
      throw e;
    } catch (IOException e) {
      if (open.getTragicException() != null) {
        readFromLastCommit();
      }
      throw new IndexWriteException(path, e, open.getTragicException() != null);
    } catch (AlreadyClosedException e) {
      if (open.getTragicException() != null) {
        readFromLastCommit();
        throw new IndexWriteException(path, open.getTragicException(), true);
      }
      throw e;
    }
  }
}
