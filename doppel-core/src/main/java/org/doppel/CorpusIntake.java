package org.doppel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.PackedMetadataLines;
import org.doppel.document.TokenSequence;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.ingest.OrderedChunks;
import org.doppel.ingest.SourceText;
import org.doppel.provenance.DocumentFrequencies;

/**
 * How documents enter a {@link Corpus}: each is analysed and fingerprinted, its id checked against the corpus's and
 * its batch's, and then inserted into the documents, the candidate index, the word frequencies and the stock lines.
 * The analysis needs no lock; the inserts and the id checks are not thread-safe, and run under the corpus's write lock
 * ({@link CorpusLock#writing}), which the corpus takes around {@link #insertNew} and {@link #addAllNew}.
 */
final class CorpusIntake {
  /** Documents analysed together by one worker of {@link #addAllNew}. */
  private static final int ADD_RUN = 128;

  private final CorpusParts corpus;
  private final DocumentFrequencies frequencies;

  CorpusIntake(CorpusParts corpus, DocumentFrequencies frequencies) {
    this.corpus = corpus;
    this.frequencies = frequencies;
  }

  /** What the corpus keeps of one document's analysis, made before the insert and off the lock. */
  record Analysed(Fingerprint fingerprint, long[] wordHashes, int[] metadataLines, StockLines.Lines stockLines) {}

  /** {@code document}'s fingerprint, distinct words, metadata lines and stock lines, for {@link #insertNew}. */
  Analysed analysed(Document document) {
    Fingerprint fingerprint = corpus.fingerprinter().fingerprint(document);
    long[] words = DocumentFrequencies.distinct(document.words());
    int[] lines = PackedMetadataLines.pack(document.metadata());
    return new Analysed(fingerprint, words, lines, corpus.stockLines().lines(document.words()));
  }

  /**
   * Inserts one document analysed by {@link #analysed}; under the write lock.
   *
   * @throws IllegalArgumentException when the corpus holds a document with the same id already; nothing is added
   */
  void insertNew(SourceText source, Analysed analysed) {
    checkNewIds(List.of(source));
    insert(source, analysed);
  }

  /**
   * Adds a batch, all or none, on a pool of {@link Settings#threads()}; under the write lock. The pool analyses runs of
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
  void addAllNew(List<SourceText> batch) {
    checkNewIds(batch); // all or none: a duplicate found while inserting left the batch half added
    ForkJoinPool pool = corpus.lock().pool(corpus.threads());
    try {
      OrderedChunks.map(pool, batch, ADD_RUN, runsAhead(corpus.threads()),
          run -> run.stream().map(this::analysedForInsert).toArray(Analysed[]::new), (run, analysed) -> {
            for (int i = 0; i < analysed.length; i++) {
              insert(run.get(i), analysed[i]);
            }
          }, RuntimeException.class);
      if (corpus.threads() == 1) {
        corpus.stockLines().count(); // with more threads, counted beside the candidate pairs (CorpusPairSearch.verifyAllPairs)
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs analysed ahead of the inserts: enough to keep every thread busy while one run is inserted. */
  private static int runsAhead(int threads) {
    return 2 * threads + 1;
  }

  private Analysed analysedForInsert(SourceText source) {
    // the text as a string only when the fingerprint reads it (facts, short texts' vectors): a copies-only scan's never does
    DocumentAnalyzer.Words analysed = corpus.analyzer().words(source);
    TokenSequence tokens = analysed.words();
    Fingerprint fingerprint = corpus.fingerprinter().readsText(tokens.size())
        ? corpus.fingerprinter().fingerprint(analysed.document(source)) : corpus.fingerprinter().fingerprint(tokens);
    long[] words = DocumentFrequencies.distinct(tokens); // here, on the pool, not in the insert
    return new Analysed(fingerprint, words, PackedMetadataLines.pack(analysed.metadata()), corpus.stockLines().lines(tokens));
  }

  /** Refuses a batch in which an id repeats, or repeats one of the corpus's, before any of it is added. */
  private void checkNewIds(List<SourceText> batch) {
    Map<String, SourceText> seen = new HashMap<>();
    for (SourceText source : batch) {
      Integer number = corpus.documents().numberOrNull(source.id());
      SourceText first = number != null ? corpus.documents().source(number) : seen.putIfAbsent(source.id(), source);
      if (first != null) {
        throw new IllegalArgumentException("duplicate document id '" + source.id() + "' (" + source.origin()
            + "); the first was " + first.origin() + (number != null ? ", already in the corpus" : ", earlier in the batch")
            + ": ids must be unique within a corpus, so give each document its own");
      }
    }
  }

  /** Its distinct word hashes ({@link DocumentFrequencies#distinct(TokenSequence)}) count once for each word. */
  private void insert(SourceText source, Analysed analysed) {
    Fingerprint fingerprint = analysed.fingerprint();
    int number = corpus.documents().add(source, fingerprint.contentHash(), fingerprint.wordCount(), analysed.metadataLines());
    corpus.index().add(number, fingerprint);
    frequencies.addDistinct(analysed.wordHashes());
    corpus.stockLines().add(analysed.stockLines());
  }
}
