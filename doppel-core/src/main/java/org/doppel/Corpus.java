package org.doppel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.PackedMetadataLines;
import org.doppel.document.Sentence;
import org.doppel.document.TokenSequence;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.index.Candidate;
import org.doppel.index.CandidateIndex;
import org.doppel.index.CandidatePairs;
import org.doppel.index.HotBands;
import org.doppel.ingest.OrderedChunks;
import org.doppel.ingest.SourceText;
import org.doppel.match.SemanticSimilarity;
import org.doppel.provenance.AnalysedDocuments;
import org.doppel.provenance.DirectedPair;
import org.doppel.provenance.DirectionJudge;
import org.doppel.provenance.DocumentFrequencies;
import org.doppel.provenance.WordFrequencies;
import org.doppel.provenance.DocumentTrace;
import org.doppel.provenance.FamilyBuilder;
import org.doppel.provenance.Provenance;
import org.doppel.provenance.ProvenanceAnalyzer;
import org.doppel.provenance.StoryLinks;
import org.doppel.relate.PairComponents;
import org.doppel.relate.ParallelSort;
import org.doppel.relate.RelatedPair;
import org.jspecify.annotations.Nullable;

/**
 * A set of documents that can be asked who shares text with whom. Documents are analysed and
 * fingerprinted as they are added; only their text and fingerprint are kept, and pairs proposed by
 * the index are verified against re-analysed text, so memory beyond the text stays small.
 *
 * <p>Thread-safe: documents may be added and queries asked from many threads at once. Adds take turns, and
 * each waits for the queries running when it comes ({@link #findAllPairs} and the provenance methods hold
 * adds off until they return); queries run side by side. A query sees the documents added before it began.
 * Lists returned are unmodifiable and never change when documents are added later.
 */
public final class Corpus {
  private final Settings settings;
  private final DocumentAnalyzer analyzer;
  private final Fingerprinter fingerprinter;
  private final CandidateIndex index;
  private final PairVerifier verifier;
  private final ProvenanceAnalyzer provenanceAnalyzer;
  private final DocumentFrequencies frequencies = new DocumentFrequencies();
  private final StockLines stockLines;
  private final AddedDocuments documents = new AddedDocuments();
  /** Adds write, queries read: the rules by which threads share the documents and index above. */
  private final CorpusLock lock = new CorpusLock();
  /**
   * Pairs verified together, sharing their analysed documents; a larger component is cut into groups of
   * this many, so that one group holds at most twice as many analysed documents (about 10 KB each).
   */
  private static final int MAX_GROUP_PAIRS = 2048;

  /** @param storyLinks how documents left alone join a story family; {@link StoryLinks#none()} leaves them alone */
  Corpus(Settings settings, @Nullable SemanticSimilarity model, Judges judges, StoryLinks storyLinks) {
    this.settings = settings;
    Pipeline pipeline = Pipeline.of(settings);
    this.analyzer = pipeline.analyzer();
    this.fingerprinter = pipeline.fingerprinter();
    this.index = pipeline.newIndex();
    this.stockLines = new StockLines(settings.fingerprint().minLineWords(), settings.reportFloor().stockSurroundings());
    this.verifier = new PairVerifier(pipeline, model, judges, stockLines);
    this.provenanceAnalyzer = new ProvenanceAnalyzer(DirectionJudge.standard(frequencies), FamilyBuilder.defaults(),
        storyLinks, frequencies, source -> analyzer.words(source).words());
  }

  /**
   * The provenance stage as scans and index queries both run it. Rarity is read when provenance is
   * asked for, once documents are added; see RewriteSignal for the margin.
   */
  static ProvenanceAnalyzer provenanceAnalyzer(WordFrequencies frequencies) {
    return new ProvenanceAnalyzer(DirectionJudge.standard(frequencies), FamilyBuilder.defaults());
  }

  /** The settings the corpus was built with ({@link Doppel.Builder}). */
  public Settings settings() {
    return settings;
  }

  /** The number of documents added so far. */
  public int size() {
    return lock.reading(documents::size);
  }

  /**
   * Analyses, fingerprints and indexes one document.
   *
   * @return the document as the corpus analysed it: its text, words and metadata
   * @throws IllegalArgumentException when the corpus holds a document with the same id already; nothing is added
   */
  public Document add(SourceText source) {
    requireSource(source);
    Document document = analyzer.analyze(source);
    Fingerprint fingerprint = fingerprinter.fingerprint(document);
    long[] words = DocumentFrequencies.distinct(document.words());
    int[] lines = PackedMetadataLines.pack(document.metadata());
    StockLines.Lines stock = stockLines.lines(document.words());
    lock.writing(() -> {
      checkNewIds(List.of(source));
      insert(source, fingerprint, words, lines, stock);
      return null;
    });
    return document;
  }

  /**
   * Adds many documents, analysing them on {@link Settings#threads()} threads. The pool analyses runs of
   * {@value #ADD_RUN} documents while this thread inserts the finished runs in order, so the inserts (index
   * postings, word frequencies, stock lines: not thread-safe, about a tenth of adding) overlap the analysis
   * instead of following it on one core. At most {@link #runsAhead} runs are analysed ahead of the inserts:
   * with all of them submitted at once, the pool ran far ahead on one core, and the waiting results
   * outlived young collections, to be promoted to the old generation and die there as garbage that only a
   * full collection frees (a third of the heap at 100,000 documents, docs/benchmarks.md "Fourth pass").
   *
   * @throws IllegalArgumentException when two documents of the batch, or one of it and one of the corpus, have the
   *     same id; nothing of the batch is added then
   */
  public void addAll(List<SourceText> batch) {
    Objects.requireNonNull(batch, "batch is null");
    batch.forEach(Corpus::requireSource); // a null element named as the caller's mistake, before any of the batch is added
    lock.writing(() -> {
      checkNewIds(batch); // all or none: a duplicate found while inserting left the batch half added
      addChecked(batch);
      return null;
    });
  }

  private void addChecked(List<SourceText> batch) {
    ForkJoinPool pool = lock.pool(settings.threads());
    try {
      OrderedChunks.map(pool, batch, ADD_RUN, runsAhead(settings.threads()),
          run -> run.stream().map(this::analysedForInsert).toArray(Analysed[]::new), (run, analysed) -> {
            for (int i = 0; i < analysed.length; i++) {
              insert(run.get(i), analysed[i].fingerprint(), analysed[i].wordHashes(), analysed[i].metadataLines(), analysed[i].stockLines());
            }
          }, RuntimeException.class);
      if (settings.threads() == 1) {
        stockLines.count(); // with more threads, counted beside the candidate pairs (verifyAllPairs)
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Names a missing document as the caller's mistake, where the analysis would fail on it without saying which. */
  private static void requireSource(SourceText source) {
    Objects.requireNonNull(source, "source is null: give SourceText.of(id, text), or a SourceText read by CorpusReader");
  }

  /** Runs analysed ahead of the inserts: enough to keep every thread busy while one run is inserted. */
  private static int runsAhead(int threads) {
    return 2 * threads + 1;
  }

  /** Documents analysed together by one worker of {@link #addAll}. */
  private static final int ADD_RUN = 128;

  private Analysed analysedForInsert(SourceText source) {
    // the text as a string only when the fingerprint reads it (facts, short texts' vectors): a copies-only scan's never does
    DocumentAnalyzer.Words analysed = analyzer.words(source);
    TokenSequence tokens = analysed.words();
    Fingerprint fingerprint = fingerprinter.readsText(tokens.size())
        ? fingerprinter.fingerprint(analysed.document(source)) : fingerprinter.fingerprint(tokens);
    long[] words = DocumentFrequencies.distinct(tokens); // here, on the pool, not in the insert
    return new Analysed(fingerprint, words, PackedMetadataLines.pack(analysed.metadata()), stockLines.lines(tokens));
  }

  private record Analysed(Fingerprint fingerprint, long[] wordHashes, int[] metadataLines, StockLines.Lines stockLines) {}

  static long[] wordHashes(Document document) {
    long[] hashes = new long[document.words().size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = document.words().hash(i);
    }
    return hashes;
  }

  /** Refuses a batch in which an id repeats, or repeats one of the corpus's, before any of it is added. */
  private void checkNewIds(List<SourceText> batch) {
    Map<String, SourceText> seen = new HashMap<>();
    for (SourceText source : batch) {
      Integer number = documents.numberOrNull(source.id());
      SourceText first = number != null ? documents.source(number) : seen.putIfAbsent(source.id(), source);
      if (first != null) {
        throw new IllegalArgumentException("duplicate document id '" + source.id() + "' (" + source.origin()
            + "); the first was " + first.origin() + (number != null ? ", already in the corpus" : ", earlier in the batch")
            + ": ids must be unique within a corpus, so give each document its own");
      }
    }
  }

  /** @param wordHashes the document's distinct word hashes ({@link DocumentFrequencies#distinct(TokenSequence)}) */
  private void insert(SourceText source, Fingerprint fingerprint, long[] wordHashes, int[] lines, StockLines.Lines stock) {
    int number = documents.add(source, fingerprint.contentHash(), fingerprint.wordCount(), lines);
    index.add(number, fingerprint);
    frequencies.addDistinct(wordHashes);
    stockLines.add(stock);
  }

  /** The document added under {@code id}. */
  public SourceText get(String id) {
    return lock.reading(() -> source(id));
  }

  /**
   * {@link #get} for a caller that holds the lock already: a pool thread working for a query must not ask for it,
   * since a waiting add would keep it waiting while the query waits for the pool.
   */
  private SourceText source(String id) {
    return documents.source(documents.number(id));
  }

  /** Bytes the index holds per document, beyond the texts themselves. */
  public double indexBytesPerDocument() {
    return lock.reading(() -> documents.size() == 0 ? 0 : (double) index.memoryBytes() / documents.size());
  }

  /** Every document of the corpus that shares text with the one added under {@code id}, sorted by ids; unmodifiable. */
  public List<RelatedPair> findCopies(String id) {
    return lock.reading(() -> {
      int number = documents.number(id);
      Document document = analysed(number);
      return verifyAll(document, number, candidates(fingerprinter.fingerprint(document), number, HotBands.minute(documents.source(number).metadata())));
    });
  }

  /**
   * Every document of the corpus that shares text with {@code source}, which need not be in it, sorted by ids;
   * unmodifiable. A document of the corpus with {@code source}'s id is left out, as a document is not its own
   * copy: give a new text an id of its own to compare it with that document too.
   */
  public List<RelatedPair> findCopies(SourceText source) {
    requireSource(source);
    Document document = analyzer.analyze(source);
    Fingerprint fingerprint = fingerprinter.fingerprint(document);
    return lock.reading(() -> {
      Integer number = documents.numberOrNull(source.id());
      int self = number == null ? -1 : number;
      return verifyAll(document, fingerprint.contentHash(), fingerprint.wordCount(), candidates(fingerprint, self, HotBands.minute(source.metadata())));
    });
  }

  /** A text in more than {@code maxPostings} documents links the earliest of them and its nearest ({@link HotBands}). */
  private synchronized List<Candidate> candidates(Fingerprint fingerprint, int self, long selfMinute) {
    return index.candidates(fingerprint, self, doc -> HotBands.minute(documents.source(doc).metadata()), selfMinute);
  }

  private List<RelatedPair> verifyAll(Document document, int number, List<Candidate> candidates) {
    return verifyAll(document, documents.contentHash(number), documents.wordCount(number), candidates);
  }

  private List<RelatedPair> verifyAll(Document document, long contentHash, int wordCount, List<Candidate> candidates) {
    List<RelatedPair> out = new ArrayList<>();
    PreparedDocument prepared = verifier.prepare(document);
    for (Candidate candidate : candidates) {
      int other = candidate.docNumber();
      PreparedDocument otherDocument = verifier.prepare(analysed(other));
      verifier.verify(prepared, otherDocument, sameContent(contentHash, wordCount, other), candidate.judgedWhole()).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(RelatedPair::a).thenComparing(RelatedPair::b));
    return Collections.unmodifiableList(out);
  }

  /**
   * Every related pair in the corpus, each once, sorted by ids. Candidates come from the index, so
   * the cost grows with the corpus and the number of candidate pairs, never with all pairs. Unmodifiable.
   */
  public List<RelatedPair> findAllPairs(ScanProgress progress) {
    return lock.reading(() -> Collections.unmodifiableList(verifyAllPairs(progress, (pair, words) -> pair, pair -> pair)));
  }

  /**
   * Who copied whom among {@code pairs} (as found by {@link #findAllPairs}): each pair's likely original with
   * the evidence, the story families of the whole corpus (every document, families of one included), and the
   * attribution statements resolved against related documents.
   */
  public Provenance provenance(List<RelatedPair> pairs) {
    return lock.reading(() -> {
      for (RelatedPair pair : pairs) { // here, not as "no document with id" from deep in a pool thread
        boolean hasA = documents.numberOrNull(pair.a()) != null;
        if (!hasA || documents.numberOrNull(pair.b()) == null) {
          throw new IllegalArgumentException("pair " + pair.a() + ", " + pair.b() + " names a document that is not in this corpus"
              + " ('" + (hasA ? pair.b() : pair.a()) + "'): give provenance the pairs this corpus found");
        }
      }
      List<String> ids = documents.ids();
      return onPool(() -> provenanceAnalyzer.analyze(ids, pairs, this::source, this::wordCount, this::words));
    });
  }

  /**
   * {@code provenance(findAllPairs(progress))} in one pass: each related pair's direction is judged as soon
   * as it is verified, with the words its group analysed for verification, where {@link #provenance}
   * analyses every related document again (a third of a 20,000-document scan's analyses). The families and
   * attribution notes are made on this corpus's threads when first asked for ({@link Provenance#withFamiliesOnUse}).
   */
  public Provenance provenanceOfAllPairs(ScanProgress progress) {
    return lock.reading(() -> {
      List<DirectedPair> directed = verifyAllPairs(progress,
          (pair, analysed) -> provenanceAnalyzer.direct(pair, source(pair.a()), source(pair.b()), analysed), DirectedPair::pair);
      List<String> ids = documents.ids();
      return provenanceAnalyzer.ofDirected(ids, directed, this::source, this::wordCount,
          families -> lock.reading(() -> onPool(families::get)));
    });
  }

  /**
   * A document's place in the order of publication, as {@link CandidateIndex#allCandidatePairs(java.util.function.IntUnaryOperator)}
   * reads it: dated documents by day and time (a day without a time at its start), then the undated, equal minutes in
   * the order added. The pair search pairs the copies of a text found in very many documents with the earliest of them
   * ({@link org.doppel.index.InMemoryCandidateIndex}), so only those documents' metadata is read for it: most
   * documents of a plain-text corpus never have their metadata lines read ({@link SourceText#metadata()}).
   */
  private int publicationMinute(int doc) {
    return (int) HotBands.minute(documents.source(doc).metadata()); // within the int range: HotBands.minute clamps it
  }

  /** The number of words of the document added under {@code id}. */
  private int wordCount(String id) {
    return documents.wordCount(documents.number(id));
  }

  /**
   * The related pairs sorted by ids, each as {@code found} makes it of the pair and of its group's documents as
   * verification analysed them (their words, texts and sentences, read while the group is verified), {@code pairOf}
   * its pair.
   * Pairs are verified component by component, each document analysed once per group rather than once
   * per pair it is in (a document in ten candidate pairs was tokenised ten times).
   */
  private <T> List<T> verifyAllPairs(ScanProgress progress,
      BiFunction<RelatedPair, AnalysedDocuments, T> found,
      Function<T, RelatedPair> pairOf) {
    progress.update("candidates", 0, 1);
    // On the pool: the index finds each kind's pairs in parallel. The stock lines are counted on one thread
    // (a line counts for the first document that brings it), beside the candidate pairs rather than before them.
    CandidatePairs candidates = onPool(() -> {
      ForkJoinTask<?> stock = ForkJoinTask.adapt(stockLines::count).fork();
      CandidatePairs pairs = index.allCandidatePairs(this::publicationMinute);
      stock.join();
      return pairs;
    });
    progress.update("candidates", 1, 1);
    List<int[]> groups = PairComponents.groups(candidates.size(), candidates::first, candidates::second, documents.size(), MAX_GROUP_PAIRS);
    long total = candidates.size();
    AtomicLong verified = new AtomicLong();
    List<T> verifiedPairs = onPool(() -> PairComponents.eachLargestFirst(groups, (int[] group, Consumer<T> local) -> {
      Map<Integer, PreparedDocument> prepared = new HashMap<>();
      AnalysedDocuments analysed = new PreparedDocuments(prepared);
      for (int p : group) {
        int first = candidates.first(p);
        int second = candidates.second(p);
        verifier.verify(prepared(prepared, first), prepared(prepared, second), sameContent(documents.contentHash(first), documents.wordCount(first), second),
                candidates.judgedWhole(p))
            .ifPresent(pair -> local.accept(found.apply(pair, analysed)));
      }
      progress.update("verify", verified.addAndGet(group.length), total);
    }));
    return onPool(() -> ParallelSort.sorted(verifiedPairs,
        Comparator.comparing((T t) -> pairOf.apply(t).a()).thenComparing(t -> pairOf.apply(t).b())));
  }

  /** The documents of one group of pairs as verification prepared them, for the direction signals. */
  private final class PreparedDocuments implements AnalysedDocuments {
    private final Map<Integer, PreparedDocument> prepared;

    PreparedDocuments(Map<Integer, PreparedDocument> prepared) {
      this.prepared = prepared;
    }

    @Override
    public TokenSequence words(SourceText document) {
      return of(document).document().words();
    }

    @Override
    public String text(SourceText document) {
      return of(document).document().text();
    }

    @Override
    public List<Sentence> sentences(SourceText document) {
      return of(document).sentences();
    }

    private PreparedDocument of(SourceText document) {
      return prepared(prepared, documents.number(document.id()));
    }
  }

  /** One document's family, origin, sources and copies, from a provenance of this corpus. */
  public DocumentTrace trace(String id, Provenance provenance) {
    return provenance.trace(get(id));
  }

  private PreparedDocument prepared(Map<Integer, PreparedDocument> cache, int number) {
    return cache.computeIfAbsent(number, n -> verifier.prepare(analysed(n)));
  }

  /** Document {@code number} analysed again, with the metadata lines found when it was added. */
  private Document analysed(int number) {
    return analyzer.analyze(documents.source(number), PackedMetadataLines.unpack(documents.metadataLines(number)));
  }

  /** The content words of a document of this corpus, as the matching stages saw them. */
  private TokenSequence words(SourceText source) {
    Integer number = documents.numberOrNull(source.id());
    return number != null && documents.source(number) == source ? analysed(number).words() : analyzer.analyze(source).words();
  }

  /** Exact copies: equal content hash and word count, and not both empty. */
  private boolean sameContent(long contentHash, int wordCount, int other) {
    return PairVerifier.sameContent(contentHash, wordCount, documents.contentHash(other), documents.wordCount(other));
  }

  private <T> T onPool(Callable<T> work) {
    return lock.onPool(settings.threads(), work);
  }

  /** Runs {@code work} on its own pool of {@code threads}, so its parallel streams use that many. */
  static <T> T onPool(int threads, Callable<T> work) {
    return CorpusLock.onPool(threads, null, work);
  }
}
