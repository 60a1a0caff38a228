package org.doppel;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.doppel.document.Document;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.index.Candidate;
import org.doppel.index.HotBands;
import org.doppel.index.IndexSnapshot;
import org.doppel.index.VectorSearch;
import org.doppel.index.photo.StoredPicture;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;
import org.doppel.match.SemanticSimilarity;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link DoppelIndex} is asked who shares text with a document: in one snapshot of the store, the document's
 * candidates from the keys (the query's own, or a stored document's recomputed) and the vector neighbours, its stock
 * lines and shared photos, answered as a scan would ({@link SnapshotAnswers}). Thread-safe: each query takes its own
 * snapshot; the index checks it is open and {@code top} before it comes here.
 */
final class IndexQueries {
  private final IndexParts index;
  private final Fingerprinter queryFingerprinter;
  /** Verifies a query's candidates in a snapshot as a scan would. */
  private final SnapshotAnswers answers;

  IndexQueries(IndexParts index, Settings settings, Pipeline pipeline, @Nullable SemanticSimilarity model, Judges judges) {
    this.index = index;
    VectorSearch vectors = settings.rewrites().vectorSearch();
    this.queryFingerprinter = new Fingerprinter(settings.fingerprint(), settings.rewrites().enabled(), vectors.isOn() ? vectors.maxWords() : 0);
    // Stock lines are counted per query from the snapshot (SnapshotAnswers.stockLines), so the verifier's own learns none.
    this.answers = new SnapshotAnswers(settings, index.analyzer(),
        new PairVerifier(pipeline, model, judges, new StockLines(settings.fingerprint().minLineWords(), 0)));
  }

  /** The pictures of {@code source}: the figures of a saved page or crawl, read from the files its origin names. */
  List<StoredPicture> pictures(SourceText source, Consumer<IngestProblem> problems) {
    return index.photos().pictures(source, new PagePictures(problems), problems);
  }

  /** The indexed documents related to {@code source}, which is not added, with the photos it shares by {@code pictures}. */
  DoppelIndex.QueryResult query(SourceText source, int top, List<StoredPicture> pictures,
      Consumer<IngestProblem> problems) throws IOException {
    Document document = index.analyzer().analyze(source);
    Fingerprint fingerprint = queryFingerprinter.fingerprint(document);
    try (IndexSnapshot snapshot = index.store().snapshot()) {
      // an indexed document with the query's id is left out as if removed, before the search: left out after it, it
      // took a place among the vector search's nearest and a hot band's neighbours
      int self = snapshot.numberOf(source.id());
      List<Candidate> candidates = answers.withVectorNeighbours(snapshot,
          snapshot.candidatesReplacing(fingerprint, self, snapshot::minute, HotBands.minute(source.metadata())), fingerprint, self);
      StockLines stock = answers.stockLines(snapshot, index.lines().lines(document.words()));
      IndexPhotos.Shared shared = index.photos().shared(snapshot, source, pictures, self);
      if (shared.furniturePictures() > 0) {
        problems.accept(ScanPhotos.furnitureNote(source.id() + " photos", shared.furniturePictures(), shared.pairsSetAside()));
      }
      return answers.answer(snapshot, source, document, fingerprint, candidates, document.words().hashes(), stock, top, shared.byPair());
    }
  }

  /** The pairs of the indexed document {@code id}: whom it copied and who copied it; empty when absent. */
  Optional<DoppelIndex.QueryResult> copies(String id, int top) throws IOException {
    try (IndexSnapshot snapshot = index.store().snapshot()) {
      int self = snapshot.numberOf(id);
      if (self < 0) {
        return Optional.empty();
      }
      SourceText stored = snapshot.document(self);
      Document document = index.analyzer().analyze(stored);
      // The fingerprint it was indexed with, recomputed from its text (the index keeps its keys, not the fingerprint).
      Fingerprint fingerprint = index.indexFingerprinter().fingerprint(document);
      List<Candidate> candidates = answers.withVectorNeighbours(snapshot, snapshot.candidates(fingerprint, self, snapshot::minute, snapshot.minute(self)), fingerprint, self);
      return Optional.of(answers.answer(snapshot, stored, document, fingerprint, candidates, null,
          answers.stockLines(snapshot, null), top, index.photos().shared(snapshot, stored, snapshot.pictures(self), self).byPair()));
    }
  }
}
