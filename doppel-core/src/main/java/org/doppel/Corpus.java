package org.doppel;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.doppel.document.Document;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.ingest.SourceText;
import org.doppel.match.SemanticSimilarity;
import org.doppel.provenance.DirectedPair;
import org.doppel.provenance.DirectionJudge;
import org.doppel.provenance.DocumentFrequencies;
import org.doppel.provenance.DocumentTrace;
import org.doppel.provenance.FamilyBuilder;
import org.doppel.provenance.Provenance;
import org.doppel.provenance.ProvenanceAnalyzer;
import org.doppel.provenance.StoryLinks;
import org.doppel.relate.RelatedPair;
import org.jspecify.annotations.Nullable;

/**
 * A set of documents that can be asked who shares text with whom. Documents are analysed and
 * fingerprinted as they are added ({@code CorpusIntake}); only their text and fingerprint are kept, and pairs proposed by
 * the index are verified against re-analysed text ({@code CorpusPairSearch}), so memory beyond the text stays small.
 *
 * <p>Thread-safe: documents may be added and queries asked from many threads at once. Adds take turns, and
 * each waits for the queries running when it comes ({@link #findAllPairs} and the provenance methods hold
 * adds off until they return); queries run side by side. A query sees the documents added before it began.
 * Lists returned are unmodifiable and never change when documents are added later.
 */
public final class Corpus {
  private final Settings settings;
  /** The stages, documents, index and lock the two sides below share; adds write, queries read ({@link CorpusLock}). */
  private final CorpusParts parts;
  /** The write side: documents analysed, checked and inserted. */
  private final CorpusIntake intake;
  /** The read side: candidates found and verified. */
  private final CorpusPairSearch pairSearch;
  private final ProvenanceAnalyzer provenanceAnalyzer;

  /** @param storyLinks how documents left alone join a story family; {@link StoryLinks#none()} leaves them alone */
  Corpus(Settings settings, @Nullable SemanticSimilarity model, Judges judges, StoryLinks storyLinks) {
    this.settings = settings;
    Pipeline pipeline = Pipeline.of(settings);
    CorpusParts parts = CorpusParts.of(pipeline);
    this.parts = parts;
    DocumentFrequencies frequencies = new DocumentFrequencies();
    this.intake = new CorpusIntake(parts, frequencies);
    this.pairSearch = new CorpusPairSearch(parts, new PairVerifier(pipeline, model, judges, parts.stockLines()));
    this.provenanceAnalyzer = new ProvenanceAnalyzer(DirectionJudge.standard(frequencies), FamilyBuilder.defaults(),
        storyLinks, frequencies, source -> parts.analyzer().words(source).words());
  }

  /** The settings the corpus was built with ({@link Doppel.Builder}). */
  public Settings settings() {
    return settings;
  }

  /** The number of documents added so far. */
  public int size() {
    return parts.lock().reading(parts.documents()::size);
  }

  /**
   * Analyses, fingerprints and indexes one document.
   *
   * @return the document as the corpus analysed it: its text, words and metadata
   * @throws IllegalArgumentException when the corpus holds a document with the same id already; nothing is added
   */
  public Document add(SourceText source) {
    requireSource(source);
    Document document = parts.analyzer().analyze(source);
    CorpusIntake.Analysed analysed = intake.analysed(document);
    parts.lock().writing(() -> {
      intake.insertNew(source, analysed);
      return null;
    });
    return document;
  }

  /**
   * Adds many documents, analysing them on {@link Settings#threads()} threads while this thread inserts them in the
   * order given. Faster than {@link #add} one by one, and all or none.
   *
   * @throws IllegalArgumentException when two documents of the batch, or one of it and one of the corpus, have the
   *     same id; nothing of the batch is added then
   */
  public void addAll(List<SourceText> batch) {
    Objects.requireNonNull(batch, "batch is null");
    batch.forEach(Corpus::requireSource); // a null element named as the caller's mistake, before any of the batch is added
    parts.lock().writing(() -> {
      intake.addAllNew(batch);
      return null;
    });
  }

  /** Names a missing document as the caller's mistake, where the analysis would fail on it without saying which. */
  private static void requireSource(SourceText source) {
    Objects.requireNonNull(source, "source is null: give SourceText.of(id, text), or a SourceText read by CorpusReader");
  }

  /** The document added under {@code id}. */
  public SourceText get(String id) {
    return parts.lock().reading(() -> source(id));
  }

  /**
   * {@link #get} for a caller that holds the lock already: a pool thread working for a query must not ask for it,
   * since a waiting add would keep it waiting while the query waits for the pool.
   */
  private SourceText source(String id) {
    return parts.documents().source(parts.documents().number(id));
  }

  /** Bytes the index holds per document, beyond the texts themselves. */
  public double indexBytesPerDocument() {
    return parts.lock().reading(() -> parts.documents().size() == 0 ? 0 : (double) parts.index().memoryBytes() / parts.documents().size());
  }

  /** Every document of the corpus that shares text with the one added under {@code id}, sorted by ids; unmodifiable. */
  public List<RelatedPair> findCopies(String id) {
    return parts.lock().reading(() -> pairSearch.copiesOf(parts.documents().number(id)));
  }

  /**
   * Every document of the corpus that shares text with {@code source}, which need not be in it, sorted by ids;
   * unmodifiable. A document of the corpus with {@code source}'s id is left out, as a document is not its own
   * copy: give a new text an id of its own to compare it with that document too.
   */
  public List<RelatedPair> findCopies(SourceText source) {
    requireSource(source);
    Document document = parts.analyzer().analyze(source);
    Fingerprint fingerprint = parts.fingerprinter().fingerprint(document);
    return parts.lock().reading(() -> {
      Integer number = parts.documents().numberOrNull(source.id());
      return pairSearch.copiesOf(document, fingerprint, number == null ? -1 : number);
    });
  }

  /**
   * Every related pair in the corpus, each once, sorted by ids. Candidates come from the index, so
   * the cost grows with the corpus and the number of candidate pairs, never with all pairs. Unmodifiable.
   */
  public List<RelatedPair> findAllPairs(ScanProgress progress) {
    requireProgress(progress);
    return parts.lock().reading(() -> Collections.unmodifiableList(pairSearch.verifyAllPairs(progress, (pair, words) -> pair, pair -> pair)));
  }

  /**
   * Who copied whom among {@code pairs} (as found by {@link #findAllPairs}): each pair's likely original with
   * the evidence, the story families of the whole corpus (every document, families of one included), and the
   * attribution statements resolved against related documents.
   */
  public Provenance provenance(List<RelatedPair> pairs) {
    Objects.requireNonNull(pairs, "pairs is null: give provenance the pairs findAllPairs found");
    return parts.lock().reading(() -> {
      for (RelatedPair pair : pairs) { // here, not as "no document with id" from deep in a pool thread
        boolean hasA = parts.documents().numberOrNull(pair.a()) != null;
        if (!hasA || parts.documents().numberOrNull(pair.b()) == null) {
          throw new IllegalArgumentException("pair " + pair.a() + ", " + pair.b() + " names a document that is not in this corpus"
              + " ('" + (hasA ? pair.b() : pair.a()) + "'): give provenance the pairs this corpus found");
        }
      }
      List<String> ids = parts.documents().ids();
      return onPool(() -> provenanceAnalyzer.analyze(ids, pairs, this::source, this::wordCount, pairSearch::words));
    });
  }

  /**
   * {@code provenance(findAllPairs(progress))} in one pass: each related pair's direction is judged as soon
   * as it is verified, with the words its group analysed for verification, where {@link #provenance}
   * analyses every related document again (a third of a 20,000-document scan's analyses). The families and
   * attribution notes are made on this corpus's threads when first asked for ({@link Provenance#withFamiliesOnUse}).
   */
  public Provenance provenanceOfAllPairs(ScanProgress progress) {
    requireProgress(progress);
    return parts.lock().reading(() -> {
      List<DirectedPair> directed = pairSearch.verifyAllPairs(progress,
          (pair, analysed) -> provenanceAnalyzer.direct(pair, source(pair.a()), source(pair.b()), analysed), DirectedPair::pair);
      List<String> ids = parts.documents().ids();
      return provenanceAnalyzer.ofDirected(ids, directed, this::source, this::wordCount,
          families -> parts.lock().reading(() -> onPool(families::get)));
    });
  }

  /** Names a missing progress as the caller's mistake, where the first update would fail without saying which. */
  private static void requireProgress(ScanProgress progress) {
    Objects.requireNonNull(progress, "progress is null: give ScanProgress.NONE to be told nothing");
  }

  /** The number of words of the document added under {@code id}. */
  private int wordCount(String id) {
    return parts.documents().wordCount(parts.documents().number(id));
  }

  /** One document's family, origin, sources and copies, from a provenance of this corpus. */
  public DocumentTrace trace(String id, Provenance provenance) {
    Objects.requireNonNull(provenance, "provenance is null: give trace a provenance of this corpus (provenanceOfAllPairs)");
    return provenance.trace(get(id));
  }

  private <T> T onPool(Callable<T> work) {
    return parts.lock().onPool(settings.threads(), work);
  }
}
